/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supporting unit's (配合单位) part in an update.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Contribution#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Contribution#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Contribution#getSubmittedBy <em>Submitted By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Contribution#getSubmittedAt <em>Submitted At</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getContribution()
 * @model
 * @generated
 */
public interface Contribution extends Identified
{
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Organization)
	 * @see org.planstudio.model.plan.PlanPackage#getContribution_Unit()
	 * @model
	 * @generated
	 */
	Organization getUnit();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Contribution#getUnit <em>Unit</em>}' reference.
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
	 * @see org.planstudio.model.plan.PlanPackage#getContribution_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Contribution#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Submitted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted By</em>' attribute.
	 * @see #setSubmittedBy(String)
	 * @see org.planstudio.model.plan.PlanPackage#getContribution_SubmittedBy()
	 * @model
	 * @generated
	 */
	String getSubmittedBy();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Contribution#getSubmittedBy <em>Submitted By</em>}' attribute.
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
	 * @see org.planstudio.model.plan.PlanPackage#getContribution_SubmittedAt()
	 * @model
	 * @generated
	 */
	Date getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Contribution#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Date value);

} // Contribution
