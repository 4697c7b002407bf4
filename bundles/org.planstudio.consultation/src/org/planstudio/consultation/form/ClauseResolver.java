package org.planstudio.consultation.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planstudio.consultation.internal.Numerals;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.walk.PlanQueries;

/**
 * Finds the elements a form's 章节或条款 names, the way drafting offices write it: "重点任务（三）" (a task
 * area), "第5项任务", "任务十二", "（三）5" or a bare "5" (a key task, numbered through the plan),
 * "基本原则（二）", "保障措施第一条", "发展目标", "指导思想" or "全文" (the plan), several numbers at once
 * ("第3、5项任务"), or an element's id. What it cannot match is kept as written and reported.
 */
public final class ClauseResolver {

    /** The elements found, or why none were. */
    public record Resolution(List<Identified> elements, Optional<String> unmatched) {

        public Resolution {
            elements = List.copyOf(elements);
            Objects.requireNonNull(unmatched, "unmatched");
        }

        public boolean resolved() {
            return unmatched.isEmpty() && !elements.isEmpty();
        }
    }

    private enum Kind { PLAN, PRINCIPLE, GOAL, AREA, TASK, SAFEGUARD }

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{1,4})\\)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|[〇零一二两三四五六七八九十]+|[\\u2460-\\u249b\\u3220-\\u3229]");
    private static final Pattern WHOLE_PLAN = Pattern.compile("全文|通篇|总体|整体|全篇|标题|指导思想|总体要求|前言");

    /** Parts of the document that are not plan elements: "附件2" is no task 2. */
    private static final Pattern OUTSIDE_TEXT = Pattern.compile("附件|附表|附录|起草说明|编制说明");

    private final Plan plan;

    public ClauseResolver(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public Resolution resolve(String clause) {
        String written = Objects.requireNonNull(clause, "clause").strip();
        if (written.isEmpty()) {
            return new Resolution(List.of(), Optional.of(""));
        }
        Optional<Identified> byId = PlanQueries.find(plan, written);
        if (byId.isPresent()) {
            return new Resolution(List.of(byId.get()), Optional.empty());
        }
        String text = normalise(written);
        Matcher bracket = BRACKETED.matcher(text);
        OptionalInt bracketed = bracket.find() ? Numerals.parse(bracket.group(1)) : OptionalInt.empty();
        String rest = bracketed.isPresent() ? text.substring(0, bracket.start()) + " " + text.substring(bracket.end()) : text;
        List<Integer> numbers = numbers(rest);
        Optional<Kind> kind = kind(text, bracketed.isPresent(), numbers.isEmpty());
        if (kind.isEmpty()) {
            return new Resolution(List.of(), Optional.of(written));
        }
        if (kind.get() == Kind.AREA && bracketed.isPresent()) {
            numbers = List.of(bracketed.getAsInt());
        } else if (kind.get() != Kind.TASK && kind.get() != Kind.AREA && numbers.isEmpty() && bracketed.isPresent()
                && bracket.start() > keyword(text)) {
            // "基本原则（二）" is the second principle; "（二）基本原则" is the part headed so, all of it.
            numbers = List.of(bracketed.getAsInt());
        }
        return find(kind.get(), numbers, written);
    }

    // Full-width digits and brackets to ASCII, no spaces, so that 重点任务（三） and 重点任务 (三) read alike.
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c == '（' || c == '〔' || c == '[' || c == '【') {
                out.append('(');
            } else if (c == '）' || c == '〕' || c == ']' || c == '】') {
                out.append(')');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int keyword(String text) {
        for (String word : new String[] { "保障", "原则", "目标", "指标" }) {
            int at = text.indexOf(word);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static List<Integer> numbers(String text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Numerals.parse(m.group()).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Kind> kind(String text, boolean bracketed, boolean noNumber) {
        if (OUTSIDE_TEXT.matcher(text).find()) {
            return Optional.empty();
        }
        if (text.contains("保障")) {
            return Optional.of(Kind.SAFEGUARD);
        }
        if (text.contains("原则")) {
            return Optional.of(Kind.PRINCIPLE);
        }
        if (text.contains("目标") || text.contains("指标")) {
            return Optional.of(Kind.GOAL);
        }
        if (text.contains("领域") || (bracketed && noNumber && !text.matches(".*第.*项.*"))) {
            return Optional.of(Kind.AREA);
        }
        if (text.contains("任务") || !noNumber) {
            return Optional.of(Kind.TASK);
        }
        if (WHOLE_PLAN.matcher(text).find()) {
            return Optional.of(Kind.PLAN);
        }
        return Optional.empty();
    }

    private Resolution find(Kind kind, List<Integer> numbers, String written) {
        if (kind == Kind.PLAN) {
            return new Resolution(List.of(plan), Optional.empty());
        }
        List<? extends Identified> candidates = switch (kind) {
            case PRINCIPLE -> plan.getPrinciples();
            case GOAL -> plan.getGoals();
            case AREA -> plan.getTaskAreas();
            case TASK -> PlanQueries.tasks(plan);
            case SAFEGUARD -> plan.getSafeguards();
            case PLAN -> List.of();
        };
        if (numbers.isEmpty()) {
            // "基本原则", "保障措施", "发展目标": the part as a whole, that is each of its elements.
            return candidates.isEmpty() || kind == Kind.TASK ? new Resolution(List.of(), Optional.of(written))
                    : new Resolution(new ArrayList<Identified>(candidates), Optional.empty());
        }
        List<Identified> found = new ArrayList<>();
        for (int n : numbers) {
            Optional<? extends Identified> match = kind == Kind.GOAL
                    ? (n >= 1 && n <= candidates.size() ? Optional.of(candidates.get(n - 1)) : Optional.empty())
                    : candidates.stream().filter(e -> number(e) == n).findFirst();
            if (match.isEmpty()) {
                return new Resolution(found, Optional.of(written));
            }
            if (!found.contains(match.get())) {
                found.add(match.get());
            }
        }
        return new Resolution(found, Optional.empty());
    }

    private static int number(Identified element) {
        if (element instanceof KeyTask task) {
            return task.getNumber();
        }
        if (element instanceof TaskArea area) {
            return area.getNumber();
        }
        if (element instanceof Principle principle) {
            return principle.getNumber();
        }
        if (element instanceof Safeguard safeguard) {
            return safeguard.getNumber();
        }
        return -1;
    }
}
