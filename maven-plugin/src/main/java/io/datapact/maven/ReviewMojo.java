package io.datapact.maven;

import io.datapact.compat.Baseline;
import io.datapact.compat.CompatResult;
import io.datapact.generator.GeneratedFiles;
import io.datapact.generator.Generator;
import io.datapact.generator.review.Review;
import io.datapact.generator.review.ReviewJson;
import io.datapact.generator.review.ReviewJunit;
import io.datapact.generator.review.ReviewMarkdown;
import io.datapact.model.Contract;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the pull-request review of the contract changes against the baseline: {@code review.md}
 * (a summary table per contract, breaking changes first, privacy changes next, then the rest, the
 * downstream objects affected and the diff of the generated SQL), {@code review.json} and
 * {@code TEST-datapact-review.xml} (JUnit). It reports; the {@code compat} goal fails builds.
 *
 * <pre>{@code mvn datapact:review -Ddatapact.compat.baselineGitRef=origin/main}</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "review", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReviewMojo extends AbstractBaselineMojo {
  /**
   * The SQL dialects whose generated files are diffed.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.dialects", defaultValue = "duckdb")
  protected List<String> dialects;

  /**
   * Where the review files are written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "datapact.review.outputDirectory", defaultValue = "${project.build.directory}/datapact/review")
  protected File reviewDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    Optional<Comparison> comparison = compareWithBaseline();
    if (comparison.isEmpty()) {
      return;
    }
    Baseline baseline = comparison.get().baseline();
    List<Contract> current = comparison.get().current();
    CompatResult result = comparison.get().result();
    Generator generator = new Generator(dialectsNamed(dialects), templateDirectory.toPath());
    GeneratedFiles before;
    try {
      before = generator.generate(baseline.contracts());
    } catch (RuntimeException e) {
      // A baseline that today's rules reject may not generate; the review says so instead of failing.
      getLog().warn("datapact review: cannot generate the baseline's SQL (" + e.getMessage() + ")");
      before = null;
    }
    Review review = Review.of(baseline.description(), result, baseline.contracts(), current, before,
        generator.generate(current));
    Path out = reviewDirectory.toPath();
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("review.md"), ReviewMarkdown.render(review), StandardCharsets.UTF_8);
      Files.writeString(out.resolve("review.json"), ReviewJson.render(review), StandardCharsets.UTF_8);
      Files.writeString(out.resolve("TEST-datapact-review.xml"), ReviewJunit.render(review), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("datapact review: cannot write " + out + ": " + e.getMessage(), e);
    }
    getLog().info("datapact review: " + result.summary() + "; written to " + display(out.resolve("review.md").toFile()));
  }
}
