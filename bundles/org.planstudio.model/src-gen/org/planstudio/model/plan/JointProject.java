/**
 */
package org.planstudio.model.plan;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Joint Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.JointProject#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.planstudio.model.plan.JointProject#getBudget <em>Budget</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getJointProject()
 * @model
 * @generated
 */
public interface JointProject extends RegistryItem
{
	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.InnovationEntity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getJointProject_Participants()
	 * @model
	 * @generated
	 */
	EList<InnovationEntity> getParticipants();

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see org.planstudio.model.plan.PlanPackage#getJointProject_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.JointProject#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

} // JointProject
