/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Close Out Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recorded approval by a plan editor that closes a task out (销号), or reopens it; records are never changed, the newest one for a task decides.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.CloseOutApproval#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CloseOutApproval#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CloseOutApproval#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CloseOutApproval#getApprovedAt <em>Approved At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CloseOutApproval#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getCloseOutApproval()
 * @model
 * @generated
 */
public interface CloseOutApproval extends Identified
{
	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(KeyTask)
	 * @see org.planstudio.model.plan.PlanPackage#getCloseOutApproval_Task()
	 * @model required="true"
	 * @generated
	 */
	KeyTask getTask();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CloseOutApproval#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(KeyTask value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.CloseOutKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.CloseOutKind
	 * @see #setKind(CloseOutKind)
	 * @see org.planstudio.model.plan.PlanPackage#getCloseOutApproval_Kind()
	 * @model
	 * @generated
	 */
	CloseOutKind getKind();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CloseOutApproval#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.CloseOutKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CloseOutKind value);

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved By</em>' attribute.
	 * @see #setApprovedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getCloseOutApproval_ApprovedBy()
	 * @model
	 * @generated
	 */
	String getApprovedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CloseOutApproval#getApprovedBy <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' attribute.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(String value);

	/**
	 * Returns the value of the '<em><b>Approved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved At</em>' attribute.
	 * @see #setApprovedAt(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getCloseOutApproval_ApprovedAt()
	 * @model
	 * @generated
	 */
	Date getApprovedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CloseOutApproval#getApprovedAt <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved At</em>' attribute.
	 * @see #getApprovedAt()
	 * @generated
	 */
	void setApprovedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' containment reference.
	 * @see #setNote(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getCloseOutApproval_Note()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getNote();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CloseOutApproval#getNote <em>Note</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' containment reference.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(LocalizedText value);

} // CloseOutApproval
