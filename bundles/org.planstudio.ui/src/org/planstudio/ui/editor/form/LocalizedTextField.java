package org.planstudio.ui.editor.form;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Translation;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.internal.Messages;

/**
 * Chinese master text with its English translation beneath it; warns when the Chinese has changed
 * since the English was written.
 */
final class LocalizedTextField implements Field {

    static final String ENGLISH = "en";

    private final FormContext context;
    private final EObject owner;
    private final EReference feature;
    private final TextBinding zh;
    private final TextBinding en;
    private final Label staleWarning;

    LocalizedTextField(FormContext context, Composite parent, EObject owner, EReference feature, boolean multiLine) {
        this.context = Objects.requireNonNull(context);
        this.owner = Objects.requireNonNull(owner);
        this.feature = Objects.requireNonNull(feature);
        Composite box = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        int style = multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        zh = new TextBinding(context, text(box, Messages.Form_chinese, style, multiLine),
                () -> text().map(LocalizedText::getZh).orElse(""), this::setChinese);
        en = new TextBinding(context, text(box, Messages.Form_english, style, multiLine),
                () -> text().flatMap(t -> Texts.translation(t, ENGLISH)).orElse(""), this::setEnglish);
        context.toolkit().createLabel(box, "");
        staleWarning = context.toolkit().createLabel(box, Messages.Form_translationStale);
        staleWarning.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(staleWarning);
        refresh();
    }

    private Text text(Composite box, String language, int style, boolean multiLine) {
        Label label = context.toolkit().createLabel(box, language);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, multiLine ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
        Text text = context.toolkit().createText(box, "", style | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 72 : SWT.DEFAULT).applyTo(text);
        return text;
    }

    private Optional<LocalizedText> text() {
        return Optional.ofNullable((LocalizedText) owner.eGet(feature));
    }

    private Command setChinese(String value) {
        Optional<LocalizedText> current = text();
        if (current.isEmpty()) {
            LocalizedText created = PlanFactory.eINSTANCE.createLocalizedText();
            created.setZh(value);
            return SetCommand.create(context.domain(), owner, feature, created);
        }
        return SetCommand.create(context.domain(), current.get(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, value);
    }

    private Command setEnglish(String value) {
        Optional<LocalizedText> current = text();
        String digest = Texts.digest(current.map(LocalizedText::getZh).orElse(""));
        if (current.isEmpty()) {
            LocalizedText created = PlanFactory.eINSTANCE.createLocalizedText();
            created.setZh("");
            created.getTranslations().add(translation(value, digest));
            return SetCommand.create(context.domain(), owner, feature, created);
        }
        Optional<Translation> existing = current.get().getTranslations().stream()
                .filter(t -> ENGLISH.equals(t.getLanguage())).findFirst();
        if (existing.isEmpty()) {
            return AddCommand.create(context.domain(), current.get(), PlanPackage.Literals.LOCALIZED_TEXT__TRANSLATIONS,
                    translation(value, digest));
        }
        CompoundCommand command = new CompoundCommand();
        command.append(SetCommand.create(context.domain(), existing.get(), PlanPackage.Literals.TRANSLATION__TEXT, value));
        command.append(SetCommand.create(context.domain(), existing.get(), PlanPackage.Literals.TRANSLATION__SOURCE_DIGEST, digest));
        return command;
    }

    private static Translation translation(String value, String digest) {
        Translation translation = PlanFactory.eINSTANCE.createTranslation();
        translation.setLanguage(ENGLISH);
        translation.setText(value);
        translation.setSourceDigest(digest);
        return translation;
    }

    @Override
    public void refresh() {
        zh.refresh();
        en.refresh();
        if (!staleWarning.isDisposed()) {
            staleWarning.setVisible(text().map(t -> Texts.isStale(t, ENGLISH)).orElse(false));
        }
    }

    Text chineseWidget() {
        return zh.widget();
    }

    Text englishWidget() {
        return en.widget();
    }
}
