/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Return For Rework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The supervising office sent the update back (退办) with a reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.ReturnForRework#getReason <em>Reason</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ReturnForRework#getReturnedBy <em>Returned By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ReturnForRework#getReturnedAt <em>Returned At</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getReturnForRework()
 * @model
 * @generated
 */
public interface ReturnForRework extends Identified
{
	/**
	 * Returns the value of the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' containment reference.
	 * @see #setReason(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getReturnForRework_Reason()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getReason();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReturnForRework#getReason <em>Reason</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' containment reference.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Returned By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returned By</em>' attribute.
	 * @see #setReturnedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getReturnForRework_ReturnedBy()
	 * @model
	 * @generated
	 */
	String getReturnedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReturnForRework#getReturnedBy <em>Returned By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned By</em>' attribute.
	 * @see #getReturnedBy()
	 * @generated
	 */
	void setReturnedBy(String value);

	/**
	 * Returns the value of the '<em><b>Returned At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returned At</em>' attribute.
	 * @see #setReturnedAt(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getReturnForRework_ReturnedAt()
	 * @model
	 * @generated
	 */
	Date getReturnedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReturnForRework#getReturnedAt <em>Returned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned At</em>' attribute.
	 * @see #getReturnedAt()
	 * @generated
	 */
	void setReturnedAt(Date value);

} // ReturnForRework
