package io.datapact.maven;

import io.datapact.compat.Baseline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the baseline contracts from a git commit with JGit (no {@code git} binary): a ref as given,
 * or the merge base of {@code HEAD} and that ref, which is what a pull-request build compares with.
 */
final class GitBaseline {
  private GitBaseline() {}

  /** Thrown when the repository or the ref cannot be found; the message says which. */
  static final class GitBaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    GitBaselineException(String message) {
      super(message);
    }
  }

  /**
   * The contracts under {@code contractsDir} at {@code ref}, or at the merge base of {@code HEAD}
   * and {@code ref} when {@code mergeBase}.
   */
  static Baseline read(Path contractsDir, String ref, boolean mergeBase) throws GitBaselineException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(contractsDir.toFile());
    if (builder.getGitDir() == null) {
      throw new GitBaselineException("no git repository contains " + contractsDir);
    }
    try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
      RevCommit target = walk.parseCommit(resolve(repo, ref));
      RevCommit commit = target;
      String description = "git " + ref;
      if (mergeBase) {
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(resolve(repo, "HEAD")));
        walk.markStart(target);
        commit = walk.next();
        if (commit == null) {
          throw new GitBaselineException("HEAD and git ref '" + ref + "' have no common ancestor");
        }
        description = "git merge base of HEAD and " + ref;
      }
      description += " (" + commit.abbreviate(10).name() + ")";
      Path workTree = repo.getWorkTree().toPath().toRealPath();
      String folder = workTree.relativize(contractsDir.toRealPath()).toString().replace('\\', '/');
      return Baseline.fromTexts(files(repo, commit, folder), description);
    } catch (IOException e) {
      throw new GitBaselineException("cannot read git ref '" + ref + "': " + e.getMessage());
    }
  }

  private static ObjectId resolve(Repository repo, String ref) throws IOException, GitBaselineException {
    ObjectId id = repo.resolve(ref + "^{commit}");
    if (id == null) {
      throw new GitBaselineException("git ref '" + ref + "' not found in " + repo.getDirectory()
          + "; fetch it first (a shallow CI checkout may lack it)");
    }
    return id;
  }

  /** Every contract file below {@code folder} in the commit's tree, by path below the folder. */
  private static Map<String, String> files(Repository repo, RevCommit commit, String folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (TreeWalk tree = new TreeWalk(repo)) {
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      if (!folder.isEmpty()) {
        tree.setFilter(PathFilter.create(folder));
      }
      while (tree.next()) {
        String path = tree.getPathString();
        if (Baseline.isContractFile(path)) {
          byte[] bytes = repo.open(tree.getObjectId(0)).getBytes();
          files.put(folder.isEmpty() ? path : path.substring(folder.length() + 1),
              new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}
