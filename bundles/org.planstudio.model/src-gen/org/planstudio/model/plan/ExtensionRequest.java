/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extension Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An extension request (延期申请); the deadline before the request is kept beside the proposed one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getReason <em>Reason</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getOriginalDeadline <em>Original Deadline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getProposedDeadline <em>Proposed Deadline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getRequestedAt <em>Requested At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ExtensionRequest#getDecisionNote <em>Decision Note</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest()
 * @model
 * @generated
 */
public interface ExtensionRequest extends Identified
{
	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(KeyTask)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_Task()
	 * @model required="true"
	 * @generated
	 */
	KeyTask getTask();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(KeyTask value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' containment reference.
	 * @see #setReason(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_Reason()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getReason();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getReason <em>Reason</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' containment reference.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Original Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original Deadline</em>' attribute.
	 * @see #setOriginalDeadline(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_OriginalDeadline()
	 * @model
	 * @generated
	 */
	Date getOriginalDeadline();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getOriginalDeadline <em>Original Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Deadline</em>' attribute.
	 * @see #getOriginalDeadline()
	 * @generated
	 */
	void setOriginalDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Proposed Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proposed Deadline</em>' attribute.
	 * @see #setProposedDeadline(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_ProposedDeadline()
	 * @model
	 * @generated
	 */
	Date getProposedDeadline();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getProposedDeadline <em>Proposed Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed Deadline</em>' attribute.
	 * @see #getProposedDeadline()
	 * @generated
	 */
	void setProposedDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Requested By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requested By</em>' attribute.
	 * @see #setRequestedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_RequestedBy()
	 * @model
	 * @generated
	 */
	String getRequestedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getRequestedBy <em>Requested By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested By</em>' attribute.
	 * @see #getRequestedBy()
	 * @generated
	 */
	void setRequestedBy(String value);

	/**
	 * Returns the value of the '<em><b>Requested At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requested At</em>' attribute.
	 * @see #setRequestedAt(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_RequestedAt()
	 * @model
	 * @generated
	 */
	Date getRequestedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getRequestedAt <em>Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested At</em>' attribute.
	 * @see #getRequestedAt()
	 * @generated
	 */
	void setRequestedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.ExtensionDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.planstudio.model.plan.ExtensionDecision
	 * @see #setDecision(ExtensionDecision)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_Decision()
	 * @model
	 * @generated
	 */
	ExtensionDecision getDecision();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.planstudio.model.plan.ExtensionDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(ExtensionDecision value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_DecidedAt()
	 * @model
	 * @generated
	 */
	Date getDecidedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Decision Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Note</em>' containment reference.
	 * @see #setDecisionNote(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getExtensionRequest_DecisionNote()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDecisionNote();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ExtensionRequest#getDecisionNote <em>Decision Note</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Note</em>' containment reference.
	 * @see #getDecisionNote()
	 * @generated
	 */
	void setDecisionNote(LocalizedText value);

} // ExtensionRequest
