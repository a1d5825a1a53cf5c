package io.datapact.maven;

import io.datapact.compat.Baseline;
import io.datapact.compat.CompatResult;
import io.datapact.compat.CompatText;
import io.datapact.compat.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compares the contracts with a baseline and fails when a change needs a bigger version bump than
 * the contract declares, unless the acceptances file accepts it. Each failure names its rule, the
 * contract, the field path, the old and new value, and the entry that would accept it.
 *
 * <pre>{@code mvn verify                                          # previous release from the repository
 * mvn datapact:compat -Ddatapact.compat.baselineGitRef=origin/main   # a pull request
 * mvn datapact:compat -Ddatapact.compat.baselineDirectory=../v1/src/main/contracts}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractBaselineMojo {
  @Override
  public void execute() throws MojoFailureException {
    if (skipped()) {
      return;
    }
    Optional<Comparison> comparison = compareWithBaseline();
    if (comparison.isEmpty()) {
      return;
    }
    CompatResult result = comparison.get().result();
    Baseline baseline = comparison.get().baseline();
    log(result, baseline);
    List<Finding> failing = new ArrayList<>(result.errors());
    if (failOnWarning) {
      failing.addAll(result.warnings());
    }
    if (!failing.isEmpty()) {
      throw new MojoFailureException(CompatText.failure(result, failing, baseline.description(),
          display(acceptedChanges)));
    }
  }

  private void log(CompatResult result, Baseline baseline) {
    getLog().info("datapact compat: baseline " + baseline.description());
    for (Finding f : result.findings()) {
      String line = "datapact compat: " + f.outcome().name().toLowerCase(java.util.Locale.ROOT) + " " + f.describe();
      if (f.change().rule().privacy()) {
        getLog().warn("datapact compat: PRIVACY " + line.substring("datapact compat: ".length()));
      } else if (f.outcome() == Finding.Outcome.VIOLATION) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
    result.notes().forEach(n -> getLog().warn("datapact compat: " + display(acceptedChanges) + ": " + n));
    getLog().info("datapact compat: " + result.summary());
  }
}
