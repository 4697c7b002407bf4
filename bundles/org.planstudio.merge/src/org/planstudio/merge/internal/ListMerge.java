package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Three-way merge of an ordered list of ids. Membership: additions on both sides are kept, removals
 * on either side are applied. Order of the elements all three share: if only one side reordered, its
 * order wins; if both did, theirs' order is taken and mine's moves are applied to it, unless both
 * moved the same element to different places (a clash; the caller decides whose order to keep).
 * Additions go after the element that precedes them on their side, at the end if they were last.
 * The result may name elements that were removed; the caller filters by where each element ends up.
 */
final class ListMerge {

    record Result(List<String> ids, boolean clash, List<String> mineOrder, List<String> theirsOrder) {
    }

    private ListMerge() {
    }

    static Result merge(List<String> base, List<String> mine, List<String> theirs, boolean preferMineOnClash) {
        Set<String> shared = new HashSet<>(base);
        shared.retainAll(mine);
        shared.retainAll(theirs);
        List<String> b = filter(base, shared);
        List<String> m = filter(mine, shared);
        List<String> t = filter(theirs, shared);
        boolean clash = false;
        List<String> order;
        if (m.equals(b) || m.equals(t)) {
            order = new ArrayList<>(t);
        } else if (t.equals(b)) {
            order = new ArrayList<>(m);
        } else {
            Optional<List<String>> moved = applyMoves(b, m, t);
            clash = moved.isEmpty();
            order = moved.orElse(preferMineOnClash ? m : t);
            order = new ArrayList<>(order);
        }
        // Elements one side removed are placed too: the caller keeps only those whose merged place is here
        // (a deletion the other side's change overrode comes back where it was).
        insertAdditions(order, theirs, shared);
        insertAdditions(order, mine, shared);
        return new Result(List.copyOf(order), clash, m, t);
    }

    /** Theirs' order with each element mine moved put after mine's predecessor; empty on a clash. */
    private static Optional<List<String>> applyMoves(List<String> b, List<String> m, List<String> t) {
        Map<String, String> before = predecessors(b);
        Map<String, String> mineBefore = predecessors(m);
        Map<String, String> theirsBefore = predecessors(t);
        List<String> order = new ArrayList<>(t);
        for (String id : m) {
            if (Objects.equals(mineBefore.get(id), before.get(id))) {
                continue;
            }
            boolean theirsMoved = !Objects.equals(theirsBefore.get(id), before.get(id));
            if (theirsMoved && !Objects.equals(theirsBefore.get(id), mineBefore.get(id))) {
                return Optional.empty();
            }
            order.remove(id);
            String after = mineBefore.get(id);
            order.add(after == null ? 0 : order.indexOf(after) + 1, id);
        }
        return Optional.of(order);
    }

    private static void insertAdditions(List<String> order, List<String> side, Set<String> shared) {
        Set<String> placed = new LinkedHashSet<>(order);
        for (int i = 0; i < side.size(); i++) {
            String id = side.get(i);
            if (placed.contains(id) || shared.contains(id)) {
                continue;
            }
            int at = 0;
            if (i == side.size() - 1 || laterAllNew(side, i, placed)) {
                at = order.size();
            } else {
                for (int j = i - 1; j >= 0; j--) {
                    int index = order.indexOf(side.get(j));
                    if (index >= 0) {
                        at = index + 1;
                        break;
                    }
                }
            }
            order.add(at, id);
            placed.add(id);
        }
    }

    /** True when nothing after position i on this side is already placed: the addition was at the end. */
    private static boolean laterAllNew(List<String> side, int i, Set<String> placed) {
        for (int j = i + 1; j < side.size(); j++) {
            if (placed.contains(side.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> filter(List<String> list, Set<String> keep) {
        return list.stream().filter(keep::contains).toList();
    }

    private static Map<String, String> predecessors(List<String> list) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            map.put(list.get(i), i == 0 ? null : list.get(i - 1));
        }
        return map;
    }
}
