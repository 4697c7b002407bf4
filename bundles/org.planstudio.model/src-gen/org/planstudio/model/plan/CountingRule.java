/**
 */
package org.planstudio.model.plan;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Counting Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Selects the registry items an indicator counts: progress is derived from the registries, never typed in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.CountingRule#getRegistry <em>Registry</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CountingRule#getItemTypes <em>Item Types</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CountingRule#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CountingRule#isWithinPlanPeriod <em>Within Plan Period</em>}</li>
 *   <li>{@link org.planstudio.model.plan.CountingRule#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getCountingRule()
 * @model
 * @generated
 */
public interface CountingRule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Registry</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.RegistryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registry</em>' attribute.
	 * @see org.planstudio.model.plan.RegistryKind
	 * @see #setRegistry(RegistryKind)
	 * @see org.planstudio.model.plan.PlanPackage#getCountingRule_Registry()
	 * @model
	 * @generated
	 */
	RegistryKind getRegistry();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CountingRule#getRegistry <em>Registry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registry</em>' attribute.
	 * @see org.planstudio.model.plan.RegistryKind
	 * @see #getRegistry()
	 * @generated
	 */
	void setRegistry(RegistryKind value);

	/**
	 * Returns the value of the '<em><b>Item Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Types</em>' attribute list.
	 * @see org.planstudio.model.plan.PlanPackage#getCountingRule_ItemTypes()
	 * @model
	 * @generated
	 */
	EList<String> getItemTypes();

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' attribute list.
	 * The list contents are of type {@link org.planstudio.model.plan.ItemStatus}.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.ItemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statuses</em>' attribute list.
	 * @see org.planstudio.model.plan.ItemStatus
	 * @see org.planstudio.model.plan.PlanPackage#getCountingRule_Statuses()
	 * @model
	 * @generated
	 */
	EList<ItemStatus> getStatuses();

	/**
	 * Returns the value of the '<em><b>Within Plan Period</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Within Plan Period</em>' attribute.
	 * @see #setWithinPlanPeriod(boolean)
	 * @see org.planstudio.model.plan.PlanPackage#getCountingRule_WithinPlanPeriod()
	 * @model default="true"
	 * @generated
	 */
	boolean isWithinPlanPeriod();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CountingRule#isWithinPlanPeriod <em>Within Plan Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Within Plan Period</em>' attribute.
	 * @see #isWithinPlanPeriod()
	 * @generated
	 */
	void setWithinPlanPeriod(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getCountingRule_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.CountingRule#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

} // CountingRule
