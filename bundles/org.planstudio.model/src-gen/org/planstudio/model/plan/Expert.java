/**
 */
package org.planstudio.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Expert#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Expert#getField <em>Field</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getExpert()
 * @model
 * @generated
 */
public interface Expert extends RegistryItem
{
	/**
	 * Returns the value of the '<em><b>Affiliation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliation</em>' attribute.
	 * @see #setAffiliation(String)
	 * @see org.planstudio.model.plan.PlanPackage#getExpert_Affiliation()
	 * @model
	 * @generated
	 */
	String getAffiliation();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Expert#getAffiliation <em>Affiliation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliation</em>' attribute.
	 * @see #getAffiliation()
	 * @generated
	 */
	void setAffiliation(String value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' containment reference.
	 * @see #setField(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getExpert_Field()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getField();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Expert#getField <em>Field</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' containment reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(LocalizedText value);

} // Expert
