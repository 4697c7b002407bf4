package org.planstudio.edit.ui.internal;

import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** Converts between the text in a cell editor and values of an EDataType, with messages users can act on. */
public final class DataTypeText {

	private static final Map<Class<?>, Class<?>> BOXES = Map.of(byte.class, Byte.class, short.class, Short.class,
			int.class, Integer.class, long.class, Long.class, float.class, Float.class, double.class, Double.class,
			char.class, Character.class, boolean.class, Boolean.class);

	private static final Map<Class<?>, long[]> WHOLE_NUMBER_RANGES = Map.of(
			Byte.class, new long[] { Byte.MIN_VALUE, Byte.MAX_VALUE },
			Short.class, new long[] { Short.MIN_VALUE, Short.MAX_VALUE },
			Integer.class, new long[] { Integer.MIN_VALUE, Integer.MAX_VALUE },
			Long.class, new long[] { Long.MIN_VALUE, Long.MAX_VALUE });

	private final EDataType type;
	private final Class<?> instanceClass; // null for dynamic data types without a Java class
	private final boolean numeric;

	public DataTypeText(EDataType type) {
		this.type = Objects.requireNonNull(type, "type");
		this.instanceClass = type.getInstanceClass();
		this.numeric = instanceClass != null && Number.class.isAssignableFrom(boxed(instanceClass));
	}

	public boolean isBoolean() {
		return instanceClass != null && boxed(instanceClass) == Boolean.class;
	}

	public String toText(Object value) {
		String text = value == null ? null : EcoreUtil.convertToString(type, value);
		return text == null ? "" : text;
	}

	/** Returns null when {@code text} can be converted, otherwise a message for the user. */
	public String validate(String text) {
		try {
			toValue(text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/** @throws IllegalArgumentException with a user-facing message if {@code text} is not a valid value */
	public Object toValue(String text) {
		// Spaces around a number are a typing slip, not part of the value; strings are kept exactly.
		String literal = numeric ? text.trim() : text;
		if (literal.isEmpty() && instanceClass != String.class) {
			if (instanceClass != null && instanceClass.isPrimitive()) {
				throw new IllegalArgumentException(Messages.DataTypeText_valueRequired);
			}
			return null;
		}
		try {
			return EcoreUtil.createFromString(type, literal);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(message(literal), e);
		}
	}

	private String message(String literal) {
		if (!numeric) {
			return NLS.bind(Messages.DataTypeText_invalidValue, literal, type.getName());
		}
		long[] range = WHOLE_NUMBER_RANGES.get(boxed(instanceClass));
		return range == null ? NLS.bind(Messages.DataTypeText_notANumber, literal)
				: NLS.bind(Messages.DataTypeText_notAWholeNumber,
						new Object[] { literal, Long.toString(range[0]), Long.toString(range[1]) });
	}

	private static Class<?> boxed(Class<?> type) {
		return BOXES.getOrDefault(type, type);
	}
}
