package io.datapact.generator.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(LineDiff.unified("a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void aChangedLineShowsWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(LineDiff.unified(before, after)).isEqualTo("""
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void farApartChangesGetTheirOwnHunks() {
    String before = "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n";
    String after = "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n";
    assertThat(LineDiff.unified(before, after)).isEqualTo("""
        @@ -1,4 +1,4 @@
        -a
        +A
         1
         2
         3
        @@ -7,5 +7,5 @@
         6
         7
         8
        -b
        +B
        \s
        """);
  }

  @Test
  void aNewFileIsAllAdded() {
    assertThat(LineDiff.unified("", "x\ny")).isEqualTo("@@ -0,0 +1,2 @@\n+x\n+y\n");
  }
}
