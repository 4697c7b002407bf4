/**
 */
package org.planstudio.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.planstudio.model.plan.PlanPackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator
{
	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(0, "GOVERNMENT", "GOVERNMENT"),

	/**
	 * The '<em><b>DIVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIVISION_VALUE
	 * @generated
	 * @ordered
	 */
	DIVISION(1, "DIVISION", "DIVISION"),

	/**
	 * The '<em><b>THINK TANK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THINK_TANK_VALUE
	 * @generated
	 * @ordered
	 */
	THINK_TANK(2, "THINK_TANK", "THINK_TANK"),

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITY(3, "UNIVERSITY", "UNIVERSITY"),

	/**
	 * The '<em><b>RESEARCH INSTITUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_INSTITUTE_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_INSTITUTE(4, "RESEARCH_INSTITUTE", "RESEARCH_INSTITUTE"),

	/**
	 * The '<em><b>PARK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARK_VALUE
	 * @generated
	 * @ordered
	 */
	PARK(5, "PARK", "PARK"),

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERPRISE(6, "ENTERPRISE", "ENTERPRISE"),

	/**
	 * The '<em><b>SOCIAL ORGANIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_ORGANIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_ORGANIZATION(7, "SOCIAL_ORGANIZATION", "SOCIAL_ORGANIZATION"),

	/**
	 * The '<em><b>INTERNATIONAL ORGANIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_ORGANIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNATIONAL_ORGANIZATION(8, "INTERNATIONAL_ORGANIZATION", "INTERNATIONAL_ORGANIZATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 0;

	/**
	 * The '<em><b>DIVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIVISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIVISION_VALUE = 1;

	/**
	 * The '<em><b>THINK TANK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THINK_TANK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THINK_TANK_VALUE = 2;

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITY_VALUE = 3;

	/**
	 * The '<em><b>RESEARCH INSTITUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_INSTITUTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_INSTITUTE_VALUE = 4;

	/**
	 * The '<em><b>PARK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARK_VALUE = 5;

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTERPRISE_VALUE = 6;

	/**
	 * The '<em><b>SOCIAL ORGANIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_ORGANIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_ORGANIZATION_VALUE = 7;

	/**
	 * The '<em><b>INTERNATIONAL ORGANIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNATIONAL_ORGANIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNATIONAL_ORGANIZATION_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[]
		{
			GOVERNMENT,
			DIVISION,
			THINK_TANK,
			UNIVERSITY,
			RESEARCH_INSTITUTE,
			PARK,
			ENTERPRISE,
			SOCIAL_ORGANIZATION,
			INTERNATIONAL_ORGANIZATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value)
	{
		switch (value)
		{
			case GOVERNMENT_VALUE: return GOVERNMENT;
			case DIVISION_VALUE: return DIVISION;
			case THINK_TANK_VALUE: return THINK_TANK;
			case UNIVERSITY_VALUE: return UNIVERSITY;
			case RESEARCH_INSTITUTE_VALUE: return RESEARCH_INSTITUTE;
			case PARK_VALUE: return PARK;
			case ENTERPRISE_VALUE: return ENTERPRISE;
			case SOCIAL_ORGANIZATION_VALUE: return SOCIAL_ORGANIZATION;
			case INTERNATIONAL_ORGANIZATION_VALUE: return INTERNATIONAL_ORGANIZATION;
			case OTHER_VALUE: return OTHER;
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
	private OrganizationKind(int value, String name, String literal)
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
	
} //OrganizationKind
