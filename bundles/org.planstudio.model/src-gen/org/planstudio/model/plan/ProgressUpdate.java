/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Progress Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a lead unit (牵头单位) reports on one task for one period. Evidence names registry items by id: they live in the store's registry tables, and an id survives the item's removal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getLeadUnit <em>Lead Unit</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getDone <em>Done</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getNextSteps <em>Next Steps</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getTaskStatus <em>Task Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getEvidenceItemIds <em>Evidence Item Ids</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getSubmittedBy <em>Submitted By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ProgressUpdate#getReturns <em>Returns</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate()
 * @model
 * @generated
 */
public interface ProgressUpdate extends Identified
{
	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(KeyTask)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Task()
	 * @model required="true"
	 * @generated
	 */
	KeyTask getTask();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(KeyTask value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' reference.
	 * @see #setPeriod(ReportingPeriod)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Period()
	 * @model required="true"
	 * @generated
	 */
	ReportingPeriod getPeriod();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getPeriod <em>Period</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(ReportingPeriod value);

	/**
	 * Returns the value of the '<em><b>Lead Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Unit</em>' reference.
	 * @see #setLeadUnit(Organization)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_LeadUnit()
	 * @model
	 * @generated
	 */
	Organization getLeadUnit();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getLeadUnit <em>Lead Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Unit</em>' reference.
	 * @see #getLeadUnit()
	 * @generated
	 */
	void setLeadUnit(Organization value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' containment reference.
	 * @see #setDone(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Done()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDone();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getDone <em>Done</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' containment reference.
	 * @see #getDone()
	 * @generated
	 */
	void setDone(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Next Steps</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Steps</em>' containment reference.
	 * @see #setNextSteps(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_NextSteps()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getNextSteps();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getNextSteps <em>Next Steps</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Steps</em>' containment reference.
	 * @see #getNextSteps()
	 * @generated
	 */
	void setNextSteps(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference.
	 * @see #setProblems(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Problems()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getProblems();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getProblems <em>Problems</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problems</em>' containment reference.
	 * @see #getProblems()
	 * @generated
	 */
	void setProblems(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(Integer)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Percent()
	 * @model
	 * @generated
	 */
	Integer getPercent();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(Integer value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone</em>' containment reference.
	 * @see #setMilestone(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Milestone()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getMilestone();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getMilestone <em>Milestone</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' containment reference.
	 * @see #getMilestone()
	 * @generated
	 */
	void setMilestone(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.UpdateStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.UpdateStatus
	 * @see #setStatus(UpdateStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Status()
	 * @model
	 * @generated
	 */
	UpdateStatus getStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.UpdateStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(UpdateStatus value);

	/**
	 * Returns the value of the '<em><b>Task Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.TaskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Status</em>' attribute.
	 * @see org.planstudio.model.plan.TaskStatus
	 * @see #setTaskStatus(TaskStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_TaskStatus()
	 * @model
	 * @generated
	 */
	TaskStatus getTaskStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getTaskStatus <em>Task Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Status</em>' attribute.
	 * @see org.planstudio.model.plan.TaskStatus
	 * @see #getTaskStatus()
	 * @generated
	 */
	void setTaskStatus(TaskStatus value);

	/**
	 * Returns the value of the '<em><b>Evidence Item Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Item Ids</em>' attribute list.
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_EvidenceItemIds()
	 * @model
	 * @generated
	 */
	EList<String> getEvidenceItemIds();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * Returns the value of the '<em><b>Submitted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted By</em>' attribute.
	 * @see #setSubmittedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_SubmittedBy()
	 * @model
	 * @generated
	 */
	String getSubmittedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getSubmittedBy <em>Submitted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted By</em>' attribute.
	 * @see #getSubmittedBy()
	 * @generated
	 */
	void setSubmittedBy(String value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_SubmittedAt()
	 * @model
	 * @generated
	 */
	Date getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ProgressUpdate#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Contribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributions</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Contributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contribution> getContributions();

	/**
	 * Returns the value of the '<em><b>Returns</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.ReturnForRework}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returns</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getProgressUpdate_Returns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReturnForRework> getReturns();

} // ProgressUpdate
