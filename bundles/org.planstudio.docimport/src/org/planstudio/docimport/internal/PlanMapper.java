package org.planstudio.docimport.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planstudio.docimport.DocumentOutline;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.OutlineNode;
import org.planstudio.docimport.PartKind;
import org.planstudio.model.plan.ConsultationKind;

/**
 * Maps the outline to plan elements by the headings' words (总体要求, 指导思想, 重点任务 …) and,
 * below them, by their place (a heading under 保障措施 is a safeguard). Where the text states
 * parts in sentences rather than headings ("共商共建。…", "一是……十二是……", "从A、B、C3个方面")
 * they are read from the sentences. Only proposes: every kind can be changed before building.
 */
public final class PlanMapper {

    enum Role {
        NONE, GUIDING, PRINCIPLES, GOAL, TASKS, AREA, SAFEGUARDS, GENERAL, CONSIDERATIONS, RECORD, BACKGROUND, CONTENT
    }

    private record Keyword(Role role, Pattern words) {
    }

    private static final List<Keyword> KEYWORDS = List.of(
            new Keyword(Role.GUIDING, Pattern.compile("指导思想")),
            new Keyword(Role.PRINCIPLES, Pattern.compile("基本原则|工作原则|主要原则")),
            new Keyword(Role.GOAL, Pattern.compile("发展目标|主要目标|工作目标|总体目标|行动目标|目标任务")),
            new Keyword(Role.TASKS, Pattern.compile("重点任务|主要任务|工作任务|重点举措|主要举措")),
            new Keyword(Role.SAFEGUARDS, Pattern.compile("保障措施|保障机制|组织实施|组织保障|实施保障")),
            new Keyword(Role.GENERAL, Pattern.compile("总体要求|总体思路")),
            new Keyword(Role.CONSIDERATIONS, Pattern.compile("主要考虑|考虑与思路|起草思路|主要思路")),
            new Keyword(Role.RECORD, Pattern.compile("已开展的工作|起草过程|工作过程|起草情况|工作开展情况|开展的主要工作")),
            new Keyword(Role.BACKGROUND, Pattern.compile("起草背景|背景|必要性|起草依据")),
            new Keyword(Role.CONTENT, Pattern.compile("主要内容")));
    private static final int KEYWORD_TITLE_LENGTH = 16;
    private static final Pattern PART_PREFIX = Pattern.compile("^第[一二三四五六七八九十\\d]+(部分|章|节)\\s*");
    private static final Pattern INTERNAL_REVIEW = Pattern.compile("征求意见|征询意见");
    private static final Pattern UNITS = Pattern.compile("(\\d+)\\s*个\\s*(处室|部门|单位|区)");

    private final ImportMapping mapping;
    private final Set<String> ownNames = new HashSet<>();

    private PlanMapper(ImportMapping mapping) {
        this.mapping = mapping;
    }

    public static ImportMapping map(DocumentOutline outline) {
        PlanMapper mapper = new PlanMapper(new ImportMapping(outline));
        mapper.head(outline);
        String headText = String.join("\n", outline.head());
        for (String title : TextPatterns.basisDocuments(headText, mapper.ownNames)) {
            mapper.mapping.add(new MappedPart(PartKind.POLICY_REFERENCE, title, "", ""));
        }
        for (OutlineNode root : outline.roots()) {
            mapper.mapping.add(mapper.part(root, Role.NONE));
        }
        return mapper.mapping;
    }

    // --- the head: title, document number, issuers, date, period ---------------------------

    private void head(DocumentOutline outline) {
        List<String> titleLines = new ArrayList<>();
        for (String line : outline.head()) {
            if (line.matches("^附\\s*件\\s*\\d*$") || TextPatterns.documentNumber(line).filter(n -> line.length() < 30).isPresent()) {
                continue;
            }
            if (line.length() > 40 || line.endsWith("。") || line.endsWith("：")) {
                break;
            }
            titleLines.add(line);
        }
        String joined = String.join("", titleLines);
        List<String> books = TextPatterns.books(joined);
        // A plan issued with a notice (印发通知) names itself in the notice's 《》; the centred title below repeats it.
        Optional<TextPatterns.Wrapper> wrapper = outline.head().stream().map(TextPatterns::wrapper)
                .flatMap(Optional::stream).findFirst();
        String title = wrapper.map(TextPatterns.Wrapper::title).orElse(books.isEmpty() ? joined : books.get(0));
        mapping.setTitle(title);
        ownNames.add(title);
        ownNames.addAll(books);
        StringBuilder all = new StringBuilder(String.join("\n", outline.head()));
        outline.roots().forEach(root -> appendAll(root, all));
        List<String> abbreviations = TextPatterns.abbreviations(all.toString());
        ownNames.addAll(abbreviations);
        abbreviations.stream().findFirst().ifPresent(mapping::setShortTitle);
        String headText = String.join("\n", outline.head());
        TextPatterns.documentNumber(headText).ifPresent(mapping::setDocumentNumber);
        String tailText = String.join("\n", outline.tail());
        List<String> issuers = TextPatterns.signatureAboveDate(outline.head());
        if (issuers.isEmpty()) {
            issuers = wrapper.map(TextPatterns.Wrapper::issuers).orElse(List.of());
        }
        if (issuers.isEmpty()) {
            issuers = TextPatterns.issuers(headText);
        }
        mapping.setIssuers(issuers.isEmpty() ? TextPatterns.signatories(outline.tail()) : issuers);
        mapping.setDate(TextPatterns.date(headText).or(() -> TextPatterns.date(tailText)).orElse(null));
        TextPatterns.years(title).ifPresent(years -> mapping.setYears(years[0], years[1]));
    }

    private static void appendAll(OutlineNode node, StringBuilder out) {
        out.append('\n').append(node.title()).append('\n').append(node.bodyText());
        node.children().forEach(child -> appendAll(child, out));
    }

    // --- the outline -------------------------------------------------------------------------

    private MappedPart part(OutlineNode node, Role parentRole) {
        Role role = role(node.title());
        String body = node.bodyText();
        MappedPart part;
        if (role == Role.NONE) {
            role = inherited(parentRole, node);
        }
        part = switch (role) {
        case GUIDING -> new MappedPart(PartKind.GUIDING_IDEOLOGY, node.title(), body, node.marker());
        case GOAL -> goal(node, body);
        case AREA -> new MappedPart(PartKind.TASK_AREA, node.title(), body, node.marker());
        default -> new MappedPart(kindOf(parentRole, node), node.title(), body, node.marker());
        };
        if (part.kind() == PartKind.CONSULTATION) {
            consultation(part, node.title());
        }
        if (part.kind() == PartKind.TASK) {
            units(part);
        }
        references(part, body);
        Role childRole = role;
        for (OutlineNode child : node.children()) {
            part.add(part(child, childRole));
            if (role == Role.RECORD) {
                internalReviews(part, child);
            }
        }
        if (node.children().isEmpty() && role == Role.GENERAL) {
            general(part, body);
        } else if (node.children().isEmpty()) {
            fromSentences(part, role, body);
        }
        if (role == Role.RECORD) {
            TextPatterns.month(body).ifPresent(day -> part.children().stream()
                    .filter(c -> c.kind() == PartKind.CONSULTATION).findFirst().ifPresent(first -> first.setDate(day)));
        }
        return part;
    }

    private static Role role(String title) {
        String bare = PART_PREFIX.matcher(title).replaceFirst("");
        if (bare.length() > KEYWORD_TITLE_LENGTH) {
            return Role.NONE;
        }
        for (Keyword keyword : KEYWORDS) {
            if (keyword.words().matcher(bare).find()) {
                return keyword.role();
            }
        }
        return Role.NONE;
    }

    private static Role inherited(Role parent, OutlineNode node) {
        return switch (parent) {
        case TASKS -> node.children().isEmpty() ? Role.NONE : Role.AREA;
        default -> Role.NONE;
        };
    }

    private static PartKind kindOf(Role parentRole, OutlineNode node) {
        return switch (parentRole) {
        case PRINCIPLES -> PartKind.PRINCIPLE;
        case TASKS, AREA -> PartKind.TASK;
        case SAFEGUARDS -> PartKind.SAFEGUARD;
        case CONSIDERATIONS -> PartKind.CONSIDERATION;
        case RECORD -> PartKind.CONSULTATION;
        default -> PartKind.SECTION;
        };
    }

    private MappedPart goal(OutlineNode node, String body) {
        return goal(node.title(), node.marker(), body);
    }

    private MappedPart goal(String title, String marker, String body) {
        // The sentences that state the targets become indicators; the goal keeps the rest.
        String text = TextPatterns.sentences(body).stream().filter(s -> TextPatterns.targets(s).isEmpty())
                .collect(java.util.stream.Collectors.joining());
        MappedPart goal = new MappedPart(PartKind.GOAL, title, text.isEmpty() ? body : text, marker);
        Optional<Integer> year = TextPatterns.targetYear(body).or(() -> mapping.endYear());
        year.ifPresent(goal::setTargetYear);
        for (TextPatterns.Target target : TextPatterns.targets(body)) {
            MappedPart indicator = goal.add(new MappedPart(PartKind.INDICATOR, target.name(), "", ""));
            indicator.setTarget(target.value());
            indicator.setUnit(target.unit());
            year.ifPresent(indicator::setTargetYear);
        }
        return goal;
    }

    /**
     * 总体要求 written as prose, without 指导思想 / 基本原则 / 发展目标 headings: a paragraph opening
     * "以…为指导" is the guiding ideology, "开放合作。…" paragraphs are principles, and a paragraph
     * "到2027年，建设50个…" is the goal with its targets.
     */
    private void general(MappedPart part, String body) {
        boolean guided = false;
        boolean aimed = false;
        for (String paragraph : body.split("\n")) {
            // Plan text, not UI text: the parts are named as the headings they stand for would be.
            String text = Paragraphs.strip(paragraph);
            if (text.isEmpty()) {
                continue;
            }
            if (!guided && TextPatterns.isGuidance(text)) {
                part.add(new MappedPart(PartKind.GUIDING_IDEOLOGY, "指导思想", text, ""));
                guided = true;
            } else if (!aimed && TextPatterns.targetYear(text).isPresent() && !TextPatterns.targets(text).isEmpty()) {
                part.add(goal("发展目标", "", text));
                aimed = true;
            } else {
                List<TextPatterns.Principle> principles = TextPatterns.principles(text);
                String first = TextPatterns.sentences(text).get(0);
                // only a paragraph that opens with the name: "开放合作。坚持…", not prose with a short sentence inside
                if (!principles.isEmpty() && first.replaceFirst("^(坚持|——|—)", "").startsWith(principles.get(0).name())) {
                    for (TextPatterns.Principle principle : principles) {
                        part.add(new MappedPart(PartKind.PRINCIPLE, principle.name(), principle.text(), ""));
                    }
                }
            }
        }
    }

    /** "（责任单位：市科委、中关村管委会，市教委）" closing a task: its units, out of its text. */
    private static void units(MappedPart task) {
        boolean inText = !task.text().isBlank();
        TextPatterns.units(inText ? task.text() : task.title()).ifPresent(units -> {
            if (inText) {
                task.setText(units.text());
            } else if (!units.text().isEmpty()) {
                task.setTitle(units.text());
            }
            task.setLeadUnits(units.lead());
            task.setSupportingUnits(units.supporting());
        });
    }

    /** Parts a heading without sub-headings states in its sentences. */
    private static void fromSentences(MappedPart part, Role role, String body) {
        switch (role) {
        case PRINCIPLES -> {
            int n = 0;
            for (TextPatterns.Principle principle : TextPatterns.principles(body)) {
                part.add(new MappedPart(PartKind.PRINCIPLE, principle.name(), principle.text(), ""));
                n++;
            }
            if (n > 0) {
                part.setKind(PartKind.SECTION);
            }
        }
        case TASKS -> {
            for (String area : TextPatterns.aspects(body)) {
                part.add(new MappedPart(PartKind.TASK_AREA, area, "", ""));
            }
            List<String> tasks = TextPatterns.enumeration(body);
            for (int i = 0; i < tasks.size(); i++) {
                part.add(new MappedPart(PartKind.TASK, tasks.get(i), "", WordNumberingLabels.chinese(i + 1) + "是"));
            }
        }
        case AREA -> {
            List<String> tasks = TextPatterns.enumeration(body);
            for (int i = 0; i < tasks.size(); i++) {
                part.add(new MappedPart(PartKind.TASK, tasks.get(i), "", WordNumberingLabels.chinese(i + 1) + "是"));
            }
        }
        case SAFEGUARDS -> {
            List<String> safeguards = TextPatterns.aspects(body);
            if (safeguards.isEmpty()) {
                safeguards = TextPatterns.enumeration(body);
            }
            for (String safeguard : safeguards) {
                part.add(new MappedPart(PartKind.SAFEGUARD, safeguard, "", ""));
            }
        }
        default -> {
            // nothing stated in sentences
        }
        }
    }

    private void references(MappedPart part, String body) {
        for (String title : TextPatterns.basisDocuments(body, ownNames)) {
            if (mapping.all(PartKind.POLICY_REFERENCE).stream().noneMatch(r -> r.title().equals(title))) {
                part.add(new MappedPart(PartKind.POLICY_REFERENCE, title, "", ""));
            }
        }
    }

    private static void consultation(MappedPart part, String title) {
        // The heading says what was done ("借力智库"); the body is only asked when it does not.
        ConsultationKind kind = consultationKind(title).or(() -> consultationKind(part.text()))
                .orElse(ConsultationKind.STUDY);
        part.setConsultationKind(kind);
        if (kind != ConsultationKind.STUDY) {
            // the first sentence that counts who took part: "10余位专家", "近30家创新主体"
            for (String sentence : TextPatterns.sentences(part.text())) {
                Optional<Integer> count = TextPatterns.count(sentence.replaceAll("第\\S{1,3}届", ""));
                if (count.isPresent()) {
                    part.setParticipantCount(count.get());
                    break;
                }
            }
        }
        part.setParticipants(TextPatterns.participants(part.text()));
    }

    private static Optional<ConsultationKind> consultationKind(String text) {
        if (text.contains("智库") || text.contains("专家")) {
            return Optional.of(ConsultationKind.EXPERT_CONSULTATION);
        }
        if (text.contains("调研") || text.contains("座谈")) {
            return Optional.of(ConsultationKind.FIELD_RESEARCH);
        }
        if (text.contains("公开征求") || text.contains("社会公众")) {
            return Optional.of(ConsultationKind.PUBLIC_COMMENT);
        }
        if (text.contains("学习") || text.contains("研究")) {
            return Optional.of(ConsultationKind.STUDY);
        }
        if (INTERNAL_REVIEW.matcher(text).find()) {
            return Optional.of(ConsultationKind.INTERNAL_REVIEW);
        }
        return Optional.empty();
    }

    /** "向市科委、中关村管委会内11个处室征求意见": a consultation of its own, wherever it is told. */
    private static void internalReviews(MappedPart record, OutlineNode child) {
        for (String sentence : TextPatterns.sentences(child.bodyText())) {
            Matcher units = UNITS.matcher(sentence);
            if (INTERNAL_REVIEW.matcher(sentence).find() && units.find()) {
                int comma = sentence.indexOf('，');
                String title = comma > 0 ? sentence.substring(0, comma) : TextPatterns.trimPunctuation(sentence);
                MappedPart review = record.add(new MappedPart(PartKind.CONSULTATION, title, sentence, ""));
                review.setConsultationKind(ConsultationKind.INTERNAL_REVIEW);
                review.setParticipantCount(Integer.parseInt(units.group(1)));
            }
        }
    }
}
