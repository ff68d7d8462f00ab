package id.pembina.catalog.spi;

import java.util.List;

/**
 * Pre/post knowledge test of multiple-choice items with an answer key.
 *
 * @param version version of this test, e.g. {@code 1.0}; change it when items or the key change
 * @param items   the questions
 */
public record KnowledgeTest(String version, List<TestItem> items) {

    public KnowledgeTest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** @return the highest possible score */
    public int maxPoints() {
        return items.stream().mapToInt(TestItem::points).sum();
    }

    /**
     * @param id          stable item identifier
     * @param question    the question
     * @param options     the choices, at least two
     * @param answerIndex index into {@code options} of the correct choice (0-based)
     * @param points      points for a correct answer, at least 1
     */
    public record TestItem(String id, String question, List<String> options, int answerIndex, int points) {

        public TestItem {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }
}
