package org.planstudio.translation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Translation;
import org.planstudio.model.text.Texts;
import org.planstudio.translation.internal.Messages;

/**
 * The EMF commands that set an English translation, recording the digest of the Chinese it is
 * made from, so that every change of a translation is undoable on the editor's command stack.
 */
public final class TranslationCommands {

    private TranslationCommands() {
    }

    /**
     * Sets the English of the text to {@code english}, made from the Chinese as it is now; blank
     * English removes the translation (the text is then missing, not translated as nothing).
     *
     * @param domain the editor's editing domain; null outside an editor (the command line)
     */
    public static Command setEnglish(EditingDomain domain, LocalizedText text, String english) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(english, "english");
        Optional<Translation> existing = text.getTranslations().stream()
                .filter(t -> Texts.ENGLISH.equals(t.getLanguage())).findFirst();
        // An empty compound cannot execute: a blank English where there is none changes nothing.
        CompoundCommand command = new CompoundCommand(Messages.format(Locale.getDefault(), "command.setEnglish"));
        if (english.isBlank()) {
            existing.ifPresent(t -> command.append(
                    new RemoveCommand(domain, text, PlanPackage.Literals.LOCALIZED_TEXT__TRANSLATIONS, t)));
            return command;
        }
        String digest = Texts.digest(text.getZh() == null ? "" : text.getZh());
        if (existing.isEmpty()) {
            Translation created = PlanFactory.eINSTANCE.createTranslation();
            created.setLanguage(Texts.ENGLISH);
            created.setText(english);
            created.setSourceDigest(digest);
            command.append(new AddCommand(domain, text, PlanPackage.Literals.LOCALIZED_TEXT__TRANSLATIONS, created));
            return command;
        }
        command.append(new SetCommand(domain, existing.get(), PlanPackage.Literals.TRANSLATION__TEXT, english));
        command.append(new SetCommand(domain, existing.get(), PlanPackage.Literals.TRANSLATION__SOURCE_DIGEST, digest));
        return command;
    }
}
