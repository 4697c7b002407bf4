/**
 */
package org.planstudio.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Trace Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.planstudio.model.plan.PlanPackage#getTraceKind()
 * @model
 * @generated
 */
public enum TraceKind implements Enumerator
{
	/**
	 * The '<em><b>CONTRIBUTES TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRIBUTES_TO_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRIBUTES_TO(0, "CONTRIBUTES_TO", "CONTRIBUTES_TO"),

	/**
	 * The '<em><b>GUIDED BY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUIDED_BY_VALUE
	 * @generated
	 * @ordered
	 */
	GUIDED_BY(1, "GUIDED_BY", "GUIDED_BY"),

	/**
	 * The '<em><b>SUPPORTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTS_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORTS(2, "SUPPORTS", "SUPPORTS"),

	/**
	 * The '<em><b>IMPLEMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLEMENTS(3, "IMPLEMENTS", "IMPLEMENTS"),

	/**
	 * The '<em><b>ABOUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABOUT_VALUE
	 * @generated
	 * @ordered
	 */
	ABOUT(4, "ABOUT", "ABOUT");

	/**
	 * The '<em><b>CONTRIBUTES TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRIBUTES_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRIBUTES_TO_VALUE = 0;

	/**
	 * The '<em><b>GUIDED BY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUIDED_BY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GUIDED_BY_VALUE = 1;

	/**
	 * The '<em><b>SUPPORTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORTS_VALUE = 2;

	/**
	 * The '<em><b>IMPLEMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPLEMENTS_VALUE = 3;

	/**
	 * The '<em><b>ABOUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABOUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABOUT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Trace Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TraceKind[] VALUES_ARRAY =
		new TraceKind[]
		{
			CONTRIBUTES_TO,
			GUIDED_BY,
			SUPPORTS,
			IMPLEMENTS,
			ABOUT,
		};

	/**
	 * A public read-only list of all the '<em><b>Trace Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TraceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Trace Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TraceKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TraceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Trace Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TraceKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TraceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Trace Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TraceKind get(int value)
	{
		switch (value)
		{
			case CONTRIBUTES_TO_VALUE: return CONTRIBUTES_TO;
			case GUIDED_BY_VALUE: return GUIDED_BY;
			case SUPPORTS_VALUE: return SUPPORTS;
			case IMPLEMENTS_VALUE: return IMPLEMENTS;
			case ABOUT_VALUE: return ABOUT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TraceKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //TraceKind
