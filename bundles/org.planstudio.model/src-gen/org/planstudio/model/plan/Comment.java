/**
 */
package org.planstudio.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Comment#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getComment()
 * @model
 * @generated
 */
public interface Comment extends Identified
{
	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Organization)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Author()
	 * @model
	 * @generated
	 */
	Organization getAuthor();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Organization value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Disposition</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.Disposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disposition</em>' attribute.
	 * @see org.planstudio.model.plan.Disposition
	 * @see #setDisposition(Disposition)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Disposition()
	 * @model
	 * @generated
	 */
	Disposition getDisposition();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getDisposition <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disposition</em>' attribute.
	 * @see org.planstudio.model.plan.Disposition
	 * @see #getDisposition()
	 * @generated
	 */
	void setDisposition(Disposition value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' containment reference.
	 * @see #setReason(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Reason()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getReason();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getReason <em>Reason</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' containment reference.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(LocalizedText value);

} // Comment
