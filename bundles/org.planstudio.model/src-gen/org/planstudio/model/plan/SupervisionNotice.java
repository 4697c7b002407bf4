/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Notice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supervision notice (督办单); its steps record each move of its life cycle 交办 → 签收 → 反馈 → 催办 → 办结.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getNumber <em>Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getSentTo <em>Sent To</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.SupervisionNotice#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice()
 * @model
 * @generated
 */
public interface SupervisionNotice extends Identified
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.SupervisionNotice#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(KeyTask)
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_Task()
	 * @model required="true"
	 * @generated
	 */
	KeyTask getTask();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.SupervisionNotice#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(KeyTask value);

	/**
	 * Returns the value of the '<em><b>Issue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issue</em>' containment reference.
	 * @see #setIssue(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_Issue()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getIssue();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.SupervisionNotice#getIssue <em>Issue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' containment reference.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Requirement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirement</em>' containment reference.
	 * @see #setRequirement(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_Requirement()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getRequirement();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.SupervisionNotice#getRequirement <em>Requirement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirement</em>' containment reference.
	 * @see #getRequirement()
	 * @generated
	 */
	void setRequirement(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_DueDate()
	 * @model
	 * @generated
	 */
	Date getDueDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.SupervisionNotice#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(Date value);

	/**
	 * Returns the value of the '<em><b>Sent To</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sent To</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_SentTo()
	 * @model
	 * @generated
	 */
	EList<Organization> getSentTo();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.NoticeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.NoticeStatus
	 * @see #setStatus(NoticeStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_Status()
	 * @model
	 * @generated
	 */
	NoticeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.SupervisionNotice#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.NoticeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NoticeStatus value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.NoticeStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getSupervisionNotice_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<NoticeStep> getSteps();

} // SupervisionNotice
