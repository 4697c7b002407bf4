/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Notice Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.NoticeStep#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.NoticeStep#getDate <em>Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.NoticeStep#getBy <em>By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.NoticeStep#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.planstudio.model.plan.NoticeStep#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getNoticeStep()
 * @model
 * @generated
 */
public interface NoticeStep extends Identified
{
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.NoticeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.NoticeStatus
	 * @see #setStatus(NoticeStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getNoticeStep_Status()
	 * @model
	 * @generated
	 */
	NoticeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.NoticeStep#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.NoticeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NoticeStatus value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getNoticeStep_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.NoticeStep#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getNoticeStep_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.NoticeStep#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Organization)
	 * @see org.planstudio.model.plan.PlanPackage#getNoticeStep_Unit()
	 * @model
	 * @generated
	 */
	Organization getUnit();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.NoticeStep#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Organization value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getNoticeStep_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.NoticeStep#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

} // NoticeStep
