package org.planstudio.ui.editor.form;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Optional;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.osgi.util.NLS;
import org.planstudio.model.text.PlanDates;
import org.planstudio.ui.internal.Messages;

/** Text form of attribute values that staff type: whole numbers, decimals, ISO days and plain text. */
enum ValueConverter {
    STRING {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    INTEGER {
        @Override
        Object parse(String text) throws IllegalArgumentException {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Form_notWholeNumber, text), e);
            }
        }
    },
    DECIMAL {
        @Override
        Object parse(String text) throws IllegalArgumentException {
            try {
                return text.isBlank() ? null : new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Form_notNumber, text), e);
            }
        }

        @Override
        String format(Object value) {
            return value == null ? "" : ((BigDecimal) value).toPlainString();
        }
    },
    DATE {
        @Override
        Object parse(String text) throws IllegalArgumentException {
            try {
                return PlanDates.parse(text).orElse(null);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Form_notDate, text), e);
            }
        }

        @Override
        String format(Object value) {
            return PlanDates.format((Date) value);
        }
    };

    abstract Object parse(String text) throws IllegalArgumentException;

    String format(Object value) {
        return value == null ? "" : value.toString();
    }

    static Optional<ValueConverter> forType(EDataType type) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == String.class) {
            return Optional.of(STRING);
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return Optional.of(INTEGER);
        }
        if (instanceClass == BigDecimal.class) {
            return Optional.of(DECIMAL);
        }
        if (type == EcorePackage.Literals.EDATE) {
            return Optional.of(DATE);
        }
        return Optional.empty();
    }
}
