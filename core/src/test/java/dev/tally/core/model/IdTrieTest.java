package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The persistent hash trie that finds a ledger's records by id, ids whose hashes collide included. */
class IdTrieTest {

    /** Ids with equal {@link String#hashCode()}: "Aa" and "BB", then the four pairings of them. */
    private static final List<String> COLLIDING = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");

    @Test
    void a_trie_finds_every_id_added_and_its_earlier_versions_only_theirs() {
        List<String> ids = new ArrayList<>(IntStream.range(0, 5_000).mapToObj(i -> "e" + i).toList());
        ids.addAll(COLLIDING);
        Collections.shuffle(ids, new Random(17));
        List<IdTrie<String>> versions = new ArrayList<>();
        IdTrie<String> trie = IdTrie.empty(Function.identity());
        for (String id : ids) {
            versions.add(trie);
            trie = trie.plus(id);
        }
        versions.add(trie);

        for (int size : List.of(0, 1, 40, 1_000, ids.size())) {
            IdTrie<String> version = versions.get(size);
            assertThat(ids.subList(0, size)).allMatch(id -> id.equals(version.get(id)));
            assertThat(ids.subList(size, ids.size())).allMatch(id -> version.get(id) == null);
        }
        assertThat(trie.get("e5000")).isNull();
        assertThat(trie.get("AaAaAa")).isNull();
    }

    @Test
    void a_trie_tells_apart_ids_whose_hashes_collide() {
        IdTrie<String> one = IdTrie.<String>empty(Function.identity()).plus("Aa");
        IdTrie<String> two = IdTrie.<String>empty(Function.identity()).plus("AaAa").plus("BBBB");

        assertThat(one.get("BB")).isNull();
        assertThat(two.get("AaBB")).isNull();
        assertThat(two.get("BBBB")).isEqualTo("BBBB");
    }

    @Test
    void a_trie_refuses_an_id_it_holds_alone_or_with_others_of_its_hash() {
        IdTrie<String> trie = IdTrie.<String>empty(Function.identity()).plus("e1").plus("Aa").plus("BB");

        assertThatThrownBy(() -> trie.plus("e1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id \"e1\" is taken");
        assertThatThrownBy(() -> trie.plus("BB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id \"BB\" is taken");
        assertThat(trie.get("Aa")).isEqualTo("Aa");
    }
}
