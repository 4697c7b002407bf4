/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

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
 *   <li>{@link org.planstudio.model.plan.Comment#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getDate <em>Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getClause <em>Clause</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getAuthorName <em>Author Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Comment#getRationale <em>Rationale</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Concerns</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Identified}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan elements the comment is about (a task, a principle, an indicator …); empty while the clause it names could not be matched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Concerns()
	 * @model
	 * @generated
	 */
	EList<Identified> getConcerns();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the comment was made (a calendar day in Beijing time, see PlanDates).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The section or clause as written on the comment form (章节或条款), kept even when it was matched to elements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clause</em>' attribute.
	 * @see #setClause(String)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Clause()
	 * @model
	 * @generated
	 */
	String getClause();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getClause <em>Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clause</em>' attribute.
	 * @see #getClause()
	 * @generated
	 */
	void setClause(String value);

	/**
	 * Returns the value of the '<em><b>Author Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposing unit (提出单位) as written, for a unit that is not one of the plan's organisations; author is set instead when it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author Name</em>' attribute.
	 * @see #setAuthorName(String)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_AuthorName()
	 * @model
	 * @generated
	 */
	String getAuthorName();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getAuthorName <em>Author Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Name</em>' attribute.
	 * @see #getAuthorName()
	 * @generated
	 */
	void setAuthorName(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_DecidedOn()
	 * @model
	 * @generated
	 */
	Date getDecidedOn();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the proposer asks for the change (the form's 理由); reason is why the office decided as it did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' containment reference.
	 * @see #setRationale(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getComment_Rationale()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getRationale();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Comment#getRationale <em>Rationale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' containment reference.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(LocalizedText value);

} // Comment
