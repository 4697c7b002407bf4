/**
 */
package org.planstudio.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Consultation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.planstudio.model.plan.PlanPackage#getConsultationKind()
 * @model
 * @generated
 */
public enum ConsultationKind implements Enumerator
{
	/**
	 * The '<em><b>STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	STUDY(0, "STUDY", "STUDY"),

	/**
	 * The '<em><b>EXPERT CONSULTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_CONSULTATION_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT_CONSULTATION(1, "EXPERT_CONSULTATION", "EXPERT_CONSULTATION"),

	/**
	 * The '<em><b>FIELD RESEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIELD_RESEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_RESEARCH(2, "FIELD_RESEARCH", "FIELD_RESEARCH"),

	/**
	 * The '<em><b>INTERNAL REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL_REVIEW(3, "INTERNAL_REVIEW", "INTERNAL_REVIEW"),

	/**
	 * The '<em><b>PUBLIC COMMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_COMMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_COMMENT(4, "PUBLIC_COMMENT", "PUBLIC_COMMENT");

	/**
	 * The '<em><b>STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDY_VALUE = 0;

	/**
	 * The '<em><b>EXPERT CONSULTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_CONSULTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_CONSULTATION_VALUE = 1;

	/**
	 * The '<em><b>FIELD RESEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIELD_RESEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_RESEARCH_VALUE = 2;

	/**
	 * The '<em><b>INTERNAL REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_REVIEW_VALUE = 3;

	/**
	 * The '<em><b>PUBLIC COMMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_COMMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_COMMENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Consultation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConsultationKind[] VALUES_ARRAY =
		new ConsultationKind[]
		{
			STUDY,
			EXPERT_CONSULTATION,
			FIELD_RESEARCH,
			INTERNAL_REVIEW,
			PUBLIC_COMMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Consultation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConsultationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Consultation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsultationKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ConsultationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Consultation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsultationKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ConsultationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Consultation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsultationKind get(int value)
	{
		switch (value)
		{
			case STUDY_VALUE: return STUDY;
			case EXPERT_CONSULTATION_VALUE: return EXPERT_CONSULTATION;
			case FIELD_RESEARCH_VALUE: return FIELD_RESEARCH;
			case INTERNAL_REVIEW_VALUE: return INTERNAL_REVIEW;
			case PUBLIC_COMMENT_VALUE: return PUBLIC_COMMENT;
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
	private ConsultationKind(int value, String name, String literal)
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
	
} //ConsultationKind
