/**
 */
package org.planstudio.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Innovation Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.InnovationEntity#getCreditCode <em>Credit Code</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getInnovationEntity()
 * @model
 * @generated
 */
public interface InnovationEntity extends RegistryItem
{
	/**
	 * Returns the value of the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credit Code</em>' attribute.
	 * @see #setCreditCode(String)
	 * @see org.planstudio.model.plan.PlanPackage#getInnovationEntity_CreditCode()
	 * @model
	 * @generated
	 */
	String getCreditCode();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.InnovationEntity#getCreditCode <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Code</em>' attribute.
	 * @see #getCreditCode()
	 * @generated
	 */
	void setCreditCode(String value);

} // InnovationEntity
