/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getNumber <em>Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getDomainId <em>Domain Id</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getLeadUnits <em>Lead Units</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getSupportingUnits <em>Supporting Units</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.planstudio.model.plan.KeyTask#getOriginalDeadline <em>Original Deadline</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getKeyTask()
 * @model
 * @generated
 */
public interface KeyTask extends Identified
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getNumber <em>Number</em>}' attribute.
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
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getTitle <em>Title</em>}' containment reference.
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
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Domain Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain Id</em>' attribute.
	 * @see #setDomainId(String)
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_DomainId()
	 * @model
	 * @generated
	 */
	String getDomainId();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getDomainId <em>Domain Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Id</em>' attribute.
	 * @see #getDomainId()
	 * @generated
	 */
	void setDomainId(String value);

	/**
	 * Returns the value of the '<em><b>Lead Units</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Units</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_LeadUnits()
	 * @model
	 * @generated
	 */
	EList<Organization> getLeadUnits();

	/**
	 * Returns the value of the '<em><b>Supporting Units</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supporting Units</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_SupportingUnits()
	 * @model
	 * @generated
	 */
	EList<Organization> getSupportingUnits();

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_Deadline()
	 * @model
	 * @generated
	 */
	Date getDeadline();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.TaskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.TaskStatus
	 * @see #setStatus(TaskStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_Status()
	 * @model
	 * @generated
	 */
	TaskStatus getStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.TaskStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TaskStatus value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributes();

	/**
	 * Returns the value of the '<em><b>Original Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deadline the plan set, kept when an approved extension (延期) moves the deadline; empty while the deadline was never extended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Deadline</em>' attribute.
	 * @see #setOriginalDeadline(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getKeyTask_OriginalDeadline()
	 * @model
	 * @generated
	 */
	Date getOriginalDeadline();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.KeyTask#getOriginalDeadline <em>Original Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Deadline</em>' attribute.
	 * @see #getOriginalDeadline()
	 * @generated
	 */
	void setOriginalDeadline(Date value);

} // KeyTask
