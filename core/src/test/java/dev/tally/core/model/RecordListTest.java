package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The persistent list of a ledger's records, across the sizes where its trie grows a level. */
class RecordListTest {

    /** Sizes around the tail's end (32), the first level's (32 + 32²) and the second's (32 + 32³). */
    private static final List<Integer> SIZES = List.of(0, 1, 31, 32, 33, 64, 65, 1_055, 1_056, 1_057, 32_800,
            32_801, 40_000);

    private static List<String> records(int size) {
        return IntStream.range(0, size).mapToObj(i -> "r" + i).toList();
    }

    @Test
    void a_list_grown_one_record_at_a_time_keeps_every_earlier_version_as_it_was() {
        Map<Integer, RecordList<String>> versions = new LinkedHashMap<>();
        RecordList<String> list = RecordList.of(List.of());
        for (int i = 0; i <= SIZES.get(SIZES.size() - 1); i++) {
            if (SIZES.contains(i)) {
                versions.put(i, list);
            }
            list = list.plus("r" + i);
        }

        versions.forEach((size, version) -> assertSameList(version, records(size)));
    }

    @Test
    void a_list_built_at_once_grows_as_one_grown_record_by_record() {
        for (int size : SIZES) {
            RecordList<String> list = RecordList.of(records(size));
            for (int i = size; i < size + 1_100; i++) {
                list = list.plus("r" + i);
            }

            assertSameList(list, records(size + 1_100));
        }
    }

    @Test
    void two_lists_grown_from_one_hold_each_its_own_records() {
        RecordList<String> base = RecordList.of(records(1_056));

        RecordList<String> left = base.plus("left");
        RecordList<String> right = base.plus("right").plus("more");

        assertThat(left).endsWith("r1055", "left").hasSize(1_057);
        assertThat(right).endsWith("r1055", "right", "more").hasSize(1_058);
        assertSameList(base, records(1_056));
    }

    @Test
    void a_list_refuses_what_a_list_refuses() {
        RecordList<String> list = RecordList.of(records(40));
        Iterator<String> iterator = RecordList.<String>of(List.of()).iterator();

        assertThatThrownBy(() -> list.get(40)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> list.add("r40")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.plus(null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertSameList(RecordList<String> actual, List<String> expected) {
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(actual.stream().toList()).isEqualTo(expected);
        List<String> byIndex = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            byIndex.add(actual.get(i));
        }
        assertThat(byIndex).isEqualTo(expected);
    }
}
