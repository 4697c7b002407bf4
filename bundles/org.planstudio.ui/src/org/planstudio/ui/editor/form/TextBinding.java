package org.planstudio.ui.editor.form;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Text;

/** Keeps a text widget and a string in the model in step, one undo step per stretch of typing. */
final class TextBinding implements Field {

    private final Text text;
    private final Supplier<String> modelValue;
    private final TypingCommands typing;
    private boolean updating;

    TextBinding(FormContext context, Text text, Supplier<String> modelValue, Function<String, Command> commandFactory) {
        this.text = Objects.requireNonNull(text);
        this.modelValue = Objects.requireNonNull(modelValue);
        this.typing = new TypingCommands(context, commandFactory);
        refresh();
        text.addModifyListener(e -> {
            if (!updating && !text.getText().equals(value())) {
                updating = true;
                try {
                    typing.typed(text.getText());
                } finally {
                    updating = false;
                }
            }
        });
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                typing.endStretch();
            }
        });
    }

    private String value() {
        String value = modelValue.get();
        return value == null ? "" : value;
    }

    @Override
    public void refresh() {
        if (updating || text.isDisposed()) {
            return;
        }
        String value = value();
        if (!value.equals(text.getText())) {
            updating = true;
            try {
                // Keep the caret where the user was (after an undo, say), as far as the new text allows.
                int caret = Math.min(text.getCaretPosition(), value.length());
                text.setText(value);
                text.setSelection(caret);
            } finally {
                updating = false;
            }
        }
    }

    Text widget() {
        return text;
    }
}
