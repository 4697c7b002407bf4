/**
 */
package org.planstudio.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Goal#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Goal#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Goal#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Goal#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends Identified
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getGoal_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Goal#getTitle <em>Title</em>}' containment reference.
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
	 * @see org.planstudio.model.plan.PlanPackage#getGoal_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Goal#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(int)
	 * @see org.planstudio.model.plan.PlanPackage#getGoal_TargetYear()
	 * @model
	 * @generated
	 */
	int getTargetYear();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Goal#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(int value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getGoal_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Goal
