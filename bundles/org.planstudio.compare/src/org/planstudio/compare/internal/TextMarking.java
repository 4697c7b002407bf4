package org.planstudio.compare.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planstudio.compare.Mark;
import org.planstudio.compare.MarkedText;
import org.planstudio.compare.Segment;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Marks what changed between two texts: Chinese character by character (it has no spaces to cut
 * words at), other text word by word, a value that is not text (a number, a date, a status) whole.
 * The diff is java-diff-utils' Myers diff over the tokens.
 */
public final class TextMarking {

    /** How finely a value is compared. */
    public enum Grain {
        CHARACTER, WORD, WHOLE
    }

    /** Both sides of one value, marked. */
    public record Pair(MarkedText before, MarkedText after) {
    }

    /** Changed characters around two shared ones above which the two are folded in. */
    private static final int LONG_CHANGE = 12;

    private static final Pattern WORDS = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|.", Pattern.DOTALL);

    private TextMarking() {
    }

    public static Pair mark(String before, String after, Grain grain) {
        if (before == null || after == null || grain == Grain.WHOLE) {
            return new Pair(before == null ? MarkedText.NONE : MarkedText.of(before, Mark.DELETED),
                    after == null ? MarkedText.NONE : MarkedText.of(after, Mark.INSERTED));
        }
        List<String> a = tokens(before, grain);
        List<String> b = tokens(after, grain);
        List<Op> ops = absorbLoneSame(ops(a, b, DiffUtils.diff(a, b)));
        Runs left = new Runs();
        Runs right = new Runs();
        for (Op op : ops) {
            switch (op.kind) {
            case SAME -> {
                left.add(op.text, Mark.SAME);
                right.add(op.text, Mark.SAME);
            }
            case DELETED -> left.add(op.text, Mark.DELETED);
            case INSERTED -> right.add(op.text, Mark.INSERTED);
            }
        }
        return new Pair(left.text(), right.text());
    }

    private record Op(Mark kind, String text) {
    }

    private static List<String> tokens(String text, Grain grain) {
        List<String> tokens = new ArrayList<>();
        if (grain == Grain.CHARACTER) {
            text.codePoints().forEach(cp -> tokens.add(new String(Character.toChars(cp))));
        } else {
            Matcher words = WORDS.matcher(text);
            while (words.find()) {
                tokens.add(words.group());
            }
        }
        return tokens;
    }

    private static List<Op> ops(List<String> a, List<String> b, Patch<String> patch) {
        List<Op> ops = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (int i = at; i < start; i++) {
                ops.add(new Op(Mark.SAME, a.get(i)));
            }
            delta.getSource().getLines().forEach(t -> ops.add(new Op(Mark.DELETED, t)));
            delta.getTarget().getLines().forEach(t -> ops.add(new Op(Mark.INSERTED, t)));
            at = start + delta.getSource().size();
        }
        for (int i = at; i < a.size(); i++) {
            ops.add(new Op(Mark.SAME, a.get(i)));
        }
        return ops;
    }

    /**
     * A shared character or two left standing between changes ("[-从多元资金保障方面，明确行动-]计划[-实施中的有关
     * 保障措施-]" for a rewritten sentence) reads as noise: it is folded into the change on both sides, as a
     * reader would mark it by hand. One character always; two where the changes around them are long.
     */
    private static List<Op> absorbLoneSame(List<Op> ops) {
        List<Op> result = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind != Mark.SAME) {
                result.add(ops.get(i++));
                continue;
            }
            int end = i;
            while (end + 1 < ops.size() && ops.get(end + 1).kind == Mark.SAME) {
                end++;
            }
            int same = end - i + 1;
            boolean between = i > 0 && end + 1 < ops.size();
            boolean blank = ops.subList(i, end + 1).stream().allMatch(o -> o.text.isBlank());
            boolean lone = between && !blank && (same == 1
                    || same == 2 && changed(ops, i - 1, -1) + changed(ops, end + 1, 1) >= LONG_CHANGE);
            for (int k = i; k <= end; k++) {
                if (lone) {
                    result.add(new Op(Mark.DELETED, ops.get(k).text));
                    result.add(new Op(Mark.INSERTED, ops.get(k).text));
                } else {
                    result.add(ops.get(k));
                }
            }
            i = end + 1;
        }
        // Deleted runs first, then inserted ones, within each changed stretch.
        List<Op> ordered = new ArrayList<>();
        List<Op> deleted = new ArrayList<>();
        List<Op> inserted = new ArrayList<>();
        for (Op op : result) {
            if (op.kind == Mark.SAME) {
                ordered.addAll(deleted);
                ordered.addAll(inserted);
                deleted.clear();
                inserted.clear();
                ordered.add(op);
            } else {
                (op.kind == Mark.DELETED ? deleted : inserted).add(op);
            }
        }
        ordered.addAll(deleted);
        ordered.addAll(inserted);
        return ordered;
    }

    /** Changed tokens next to {@code from}, walking in {@code step} until a shared one. */
    private static int changed(List<Op> ops, int from, int step) {
        int count = 0;
        for (int i = from; i >= 0 && i < ops.size() && ops.get(i).kind != Mark.SAME; i += step) {
            count += ops.get(i).text.codePointCount(0, ops.get(i).text.length());
        }
        return count;
    }

    /** Joins neighbouring tokens with the same mark into one segment. */
    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Mark mark;

        void add(String text, Mark m) {
            if (mark != m) {
                flush();
                mark = m;
            }
            current.append(text);
        }

        MarkedText text() {
            flush();
            return new MarkedText(segments);
        }

        private void flush() {
            if (current.length() > 0) {
                segments.add(new Segment(current.toString(), mark));
                current.setLength(0);
            }
        }
    }
}
