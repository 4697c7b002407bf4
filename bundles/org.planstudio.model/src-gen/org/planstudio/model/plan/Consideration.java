/**
 */
package org.planstudio.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consideration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Consideration#getNumber <em>Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consideration#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consideration#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getConsideration()
 * @model
 * @generated
 */
public interface Consideration extends Identified
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.planstudio.model.plan.PlanPackage#getConsideration_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consideration#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getConsideration_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consideration#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getConsideration_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consideration#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

} // Consideration
