package org.planstudio.consultation.form;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.consultation.CommentCommands;
import org.planstudio.consultation.Units;
import org.planstudio.consultation.form.FormRow.Refusal;
import org.planstudio.consultation.internal.FormSheets;
import org.planstudio.consultation.internal.FormSheets.FormLine;
import org.planstudio.consultation.internal.Messages;
import org.planstudio.model.check.PlanLimits;
import org.planstudio.model.check.XmlChars;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/**
 * Import of a comment form (意见反馈表: 序号, 章节或条款, 修改意见, 理由, 提出单位) in two steps, as the
 * registry import does: {@link #read} checks every row and says what it would do with it, nothing
 * changes; {@link #command} turns the good rows into one undoable step. Bad rows are refused with
 * their reasons; rows whose clause matches nothing are imported with the clause kept as written.
 */
public final class CommentFormImport {

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");

    private CommentFormImport() {
    }

    /**
     * @param into the consultation the comments go to, if it already exists: a comment it holds
     *             already (same unit, same text) is refused, so a form imported twice adds nothing
     */
    public static FormReport read(Path file, Plan plan, Optional<Consultation> into) throws CommentFormException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(into, "into");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<FormLine> lines = FormSheets.read(file, name);
        ClauseResolver resolver = new ClauseResolver(plan);
        Set<String> recorded = new HashSet<>();
        into.ifPresent(c -> c.getComments().forEach(comment -> recorded.add(key(Units.name(comment),
                Texts.zh(comment.getText()).orElse("")))));
        Set<String> numbers = new HashSet<>();
        List<FormRow> rows = new ArrayList<>();
        for (FormLine line : lines) {
            String text = line.get(FormColumn.TEXT);
            String clause = line.get(FormColumn.CLAUSE);
            String reason = line.get(FormColumn.REASON);
            String unit = line.get(FormColumn.UNIT);
            if (text.isBlank() && clause.isBlank() && reason.isBlank() && unit.isBlank()) {
                // A template's numbered blank lines.
                continue;
            }
            List<Refusal> refusals = new ArrayList<>();
            if (text.isBlank()) {
                refusals.add(Refusal.MISSING_TEXT);
            }
            String number = line.get(FormColumn.NUMBER);
            if (!number.isEmpty()) {
                if (!number.matches("[0-9]{1,6}")) {
                    refusals.add(Refusal.BAD_NUMBER);
                } else if (!numbers.add(line.sheet() + '\n' + Integer.parseInt(number))) {
                    refusals.add(Refusal.DUPLICATE_NUMBER);
                }
            }
            if (text.length() > PlanLimits.MAX_TEXT_CHARS || reason.length() > PlanLimits.MAX_TEXT_CHARS
                    || clause.length() > PlanLimits.MAX_MEDIUM_TEXT_CHARS || unit.length() > PlanLimits.MAX_SHORT_TEXT_CHARS) {
                refusals.add(Refusal.TEXT_TOO_LONG);
            }
            if (List.of(text, clause, reason, unit).stream().anyMatch(v -> XmlChars.invalidAt(v).isPresent())) {
                refusals.add(Refusal.INVALID_CHARACTER);
            }
            if (!line.get(FormColumn.DATE).isEmpty() && date(line.get(FormColumn.DATE)).isEmpty()) {
                refusals.add(Refusal.BAD_DATE);
            }
            if (!text.isBlank() && !recorded.add(key(Units.find(plan, unit).map(Units::name).orElse(unit.strip()), text.strip()))) {
                refusals.add(Refusal.ALREADY_RECORDED);
            }
            ClauseResolver.Resolution resolution = resolver.resolve(clause);
            rows.add(new FormRow(line.sheet(), line.row(), number, clause, text, reason, unit, Units.find(plan, unit),
                    date(line.get(FormColumn.DATE)), resolution.resolved() ? resolution.elements() : List.of(), refusals));
        }
        return new FormReport(name, rows);
    }

    /**
     * The good rows as one step: the comments, pending, in form order, added to {@code into}; a
     * consultation not yet in the plan is added with them. Empty when no row can be imported.
     *
     * @param day the comments' date where the form gives none and the consultation has none
     */
    public static Optional<Command> command(EditingDomain domain, Plan plan, Consultation into, FormReport report,
            LocalDate day) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(day, "day");
        List<FormRow> good = report.importable();
        if (good.isEmpty()) {
            return Optional.empty();
        }
        LocalDate fallback = PlanDates.toLocalDate(into.getDate()).orElse(day);
        List<Comment> comments = new ArrayList<>();
        for (FormRow row : good) {
            Comment comment = CommentCommands.create(plan, new CommentCommands.NewComment(row.elements(), row.unit(),
                    row.text(), Optional.of(row.clause()), row.date().orElse(fallback)));
            if (!row.reason().isBlank()) {
                comment.setRationale(Texts.of(row.reason().strip()));
            }
            comments.add(comment);
        }
        CompoundCommand command = new CompoundCommand(
                Messages.format(Locale.getDefault(), "command.importForm", report.file()),
                Messages.format(Locale.getDefault(), "command.importForm.description", comments.size(), report.file()));
        if (into.eContainer() == null) {
            command.append(CommentCommands.addConsultation(domain, plan, into));
        } else if (into.eContainer() != plan) {
            throw new IllegalArgumentException("consultation of another plan: " + into.getId());
        }
        command.append(CommentCommands.add(domain, into, comments));
        return Optional.of(command);
    }

    /** The day a form's date cell gives: 2024-05-20, 2024年5月20日, 2024/5/20, 2024.5.20. */
    static Optional<LocalDate> date(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            Matcher m = CHINESE_DATE.matcher(text.strip());
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException invalid) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    private static String key(String unit, String text) {
        return unit + '\n' + text.replaceAll("\\s+", "");
    }
}
