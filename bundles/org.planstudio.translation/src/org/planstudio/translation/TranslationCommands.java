package org.planstudio.translation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
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
        EditingDomain editing = domain != null ? domain : domainFor(text);
        Optional<Translation> existing = text.getTranslations().stream()
                .filter(t -> Texts.ENGLISH.equals(t.getLanguage())).findFirst();
        // An empty compound cannot execute: a blank English where there is none changes nothing.
        CompoundCommand command = new CompoundCommand(Messages.format(Locale.getDefault(), "command.setEnglish"));
        if (english.isBlank()) {
            existing.ifPresent(t -> command.append(
                    new RemoveCommand(editing, text, PlanPackage.Literals.LOCALIZED_TEXT__TRANSLATIONS, t)));
            return command;
        }
        String digest = Texts.digest(text.getZh() == null ? "" : text.getZh());
        if (existing.isEmpty()) {
            Translation created = PlanFactory.eINSTANCE.createTranslation();
            created.setLanguage(Texts.ENGLISH);
            created.setText(english);
            created.setSourceDigest(digest);
            command.append(new AddCommand(editing, text, PlanPackage.Literals.LOCALIZED_TEXT__TRANSLATIONS, created));
            return command;
        }
        command.append(new SetCommand(editing, existing.get(), PlanPackage.Literals.TRANSLATION__TEXT, english));
        command.append(new SetCommand(editing, existing.get(), PlanPackage.Literals.TRANSLATION__SOURCE_DIGEST, digest));
        return command;
    }

    /**
     * The editing domain commands on this object run in: the editor's when the plan is in one,
     * otherwise a plain one that finds nothing read-only (EMF's commands ask a domain for that).
     */
    public static EditingDomain domainFor(EObject object) {
        EditingDomain own = AdapterFactoryEditingDomain.getEditingDomainFor(Objects.requireNonNull(object, "object"));
        return own != null ? own : new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
    }
}
