package io.datapact.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datapact.compat.Baseline;
import io.datapact.model.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaselineTest {
  private static final PersonIdent WHO = new PersonIdent("ci", "ci@example.com");

  private static String contract(String version, String extraField) {
    return "apiVersion: datapact/v1\nid: shop.customers\nversion: " + version + "\n"
        + "owner: {team: shop, email: shop@example.com}\nkind: dimension\n"
        + "source: {table: raw.customers}\nscd: {type: 1, key: [customer_id]}\n"
        + "fields:\n  - {name: customer_id, type: long, primaryKey: true}\n" + extraField;
  }

  private static void commit(Git git, Path file, String text, String message) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
  }

  @Test
  void readsTheContractsAtTheMergeBaseOfHeadAndTheTargetBranch(@TempDir Path repo) throws Exception {
    Path contracts = repo.resolve("src/main/contracts");
    Path file = contracts.resolve("customers.yaml");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, file, contract("1.0.0", ""), "v1");
      git.checkout().setCreateBranch(true).setName("feature").call();
      commit(git, file, contract("1.1.0", "  - {name: email, type: string}\n"), "feature work");
      git.checkout().setName("main").call();
      commit(git, file, contract("1.0.1", "  - {name: segment, type: string}\n"), "main moved on");
      git.checkout().setName("feature").call();
    }
    Baseline atMergeBase = GitBaseline.read(contracts, "main", true);
    assertThat(atMergeBase.contracts()).extracting(Contract::version).containsExactly("1.0.0");
    assertThat(atMergeBase.description()).startsWith("git merge base of HEAD and main (");
    assertThat(atMergeBase.problems()).isEmpty();

    Baseline atTip = GitBaseline.read(contracts, "main", false);
    assertThat(atTip.contracts()).extracting(Contract::version).containsExactly("1.0.1");
  }

  @Test
  void anUnknownRefIsAnErrorThatSaysSo(@TempDir Path repo) throws Exception {
    Path contracts = repo.resolve("contracts");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, contracts.resolve("a.yaml"), contract("1.0.0", ""), "v1");
    }
    assertThatThrownBy(() -> GitBaseline.read(contracts, "origin/main", true))
        .isInstanceOf(GitBaseline.GitBaselineException.class)
        .hasMessageStartingWith("git ref 'origin/main' not found in ")
        .hasMessageEndingWith("; fetch it first (a shallow CI checkout may lack it)");
  }
}
