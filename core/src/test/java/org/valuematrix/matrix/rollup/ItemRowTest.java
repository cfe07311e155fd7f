package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ItemRowTest {
    private static final String[] PEOPLE = {"ann", "bob", "carl"};

    /** Events as (kind, time, person): creation, response, resolution or crossing. */
    @Property(tries = 300)
    void anyOrderAndGrouping_shouldGiveTheSameRow(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int count) {
        Random random = new Random(seed);
        List<long[]> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new long[] {random.nextInt(4), random.nextInt(5), random.nextInt(PEOPLE.length)});
        }
        ItemRow oneByOne = new ItemRow("k");
        for (long[] e : events) {
            apply(oneByOne, e);
        }
        Collections.shuffle(events, random);
        ItemRow grouped = new ItemRow("k");
        ItemRow group = new ItemRow("k");
        for (long[] e : events) {
            apply(group, e);
            if (random.nextInt(3) == 0) {
                grouped.merge(group);
                group = new ItemRow("k");
            }
        }
        grouped.merge(group);

        assertThat(grouped.columns()).isEqualTo(oneByOne.columns());
        assertThat(grouped.firstResponseByOthers()).isEqualTo(firstResponseByOthers(events, oneByOne.author));
    }

    @Test
    void theAuthorsOwnComment_shouldNotBeTheirItemsFirstResponse() {
        ItemRow target = new ItemRow("k");
        target.responded(10, "ann");
        target.responded(30, "ann");
        target.responded(40, "bob");
        target.created(5, "ann", "eng", "ENG", "page");

        assertThat(target.firstResponseByOthers()).isEqualTo(40L);
    }

    private static Long firstResponseByOthers(List<long[]> events, String author) {
        Long first = null;
        boolean created = false;
        for (long[] e : events) {
            created |= e[0] == 0;
            if (e[0] == 1 && !PEOPLE[(int) e[2]].equals(author) && (first == null || e[1] < first)) {
                first = e[1];
            }
        }
        return created ? first : null;
    }

    private static void apply(ItemRow row, long[] e) {
        String person = PEOPLE[(int) e[2]];
        switch ((int) e[0]) {
            case 0:
                row.created(e[1], person, "team-" + person, "C", "page");
                break;
            case 1:
                row.responded(e[1], person);
                break;
            case 2:
                row.resolved(e[1]);
                break;
            default:
                row.crossed(e[1]);
        }
    }
}
