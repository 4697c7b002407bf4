package org.planstudio.translation.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.check.PlanLimits;
import org.planstudio.model.check.XmlChars;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.model.text.TranslationState;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.TranslationCommands;
import org.planstudio.translation.internal.Messages;

/**
 * Checks a translator's workbook against the plan as it is now and prepares the command. A row
 * is taken only when its English translates the Chinese the plan has now: the digest recorded at
 * export must be the digest of the current Chinese (otherwise the row is stale) and of the
 * Chinese in the row (otherwise the file's Chinese was edited). Never changes the plan itself.
 *
 * <pre>
 * TranslationImportResult result = TranslationImport.check(plan, TranslationFile.read(file), domain);
 * result.command().ifPresent(domain.getCommandStack()::execute);
 * </pre>
 */
public final class TranslationImport {

    private TranslationImport() {
    }

    /** @param domain the editor's editing domain; null outside an editor */
    public static TranslationImportResult check(Plan plan, TranslationSheet sheet, EditingDomain domain) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(sheet, "sheet");
        if (sheet.planId().isPresent() && !sheet.planId().get().equals(plan.getId())) {
            return new TranslationImportResult(new TranslationImportReport(sheet.file(), sheet.planId(), List.of()),
                    Optional.empty());
        }
        PlanTexts.Index index = PlanTexts.index(plan);
        EditingDomain editing = domain != null ? domain : TranslationCommands.domainFor(plan);
        Set<String> seen = new HashSet<>();
        List<RowResult> results = new ArrayList<>();
        CompoundCommand command = new CompoundCommand(Messages.format(Locale.getDefault(), "command.import", sheet.file()),
                Messages.format(Locale.getDefault(), "command.import", sheet.file()));
        for (SheetRow row : sheet.rows()) {
            Optional<PlanText> text = index.find(row.elementId(), row.field());
            RowResult.Outcome outcome = outcome(row, text, index, seen);
            results.add(new RowResult(row.row(), row.elementId(), row.field(), outcome, row.chinese(),
                    text.map(PlanText::zh).orElse(""), row.newEnglish()));
            if (outcome == RowResult.Outcome.IMPORTED) {
                command.append(TranslationCommands.setEnglish(editing, text.get().text(), row.newEnglish()));
            }
        }
        TranslationImportReport report = new TranslationImportReport(sheet.file(), Optional.empty(), results);
        return new TranslationImportResult(report, command.isEmpty() ? Optional.<Command>empty() : Optional.of(command));
    }

    private static RowResult.Outcome outcome(SheetRow row, Optional<PlanText> text, PlanTexts.Index index, Set<String> seen) {
        if (row.elementId().isEmpty() || row.field().isEmpty() || row.digest().isEmpty()) {
            return RowResult.Outcome.INCOMPLETE;
        }
        if (row.newEnglish().isEmpty()) {
            return RowResult.Outcome.NOT_TRANSLATED;
        }
        if (!seen.add(row.key())) {
            return RowResult.Outcome.DUPLICATE;
        }
        if (index.element(row.elementId()).isEmpty()) {
            return RowResult.Outcome.ELEMENT_GONE;
        }
        if (text.isEmpty()) {
            return RowResult.Outcome.FIELD_GONE;
        }
        if (!Texts.digest(row.chinese()).equals(row.digest())) {
            return RowResult.Outcome.CHINESE_EDITED;
        }
        if (!text.get().digest().equals(row.digest())) {
            return RowResult.Outcome.STALE;
        }
        if (row.newEnglish().length() > PlanLimits.MAX_TEXT_CHARS) {
            return RowResult.Outcome.TEXT_TOO_LONG;
        }
        if (XmlChars.invalidAt(row.newEnglish()).isPresent()) {
            return RowResult.Outcome.INVALID_CHARACTER;
        }
        if (text.get().state() == TranslationState.CURRENT && text.get().en().orElse("").equals(row.newEnglish())) {
            return RowResult.Outcome.UNCHANGED;
        }
        return RowResult.Outcome.IMPORTED;
    }
}
