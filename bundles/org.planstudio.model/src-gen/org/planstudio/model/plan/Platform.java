/**
 */
package org.planstudio.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Platform</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.planstudio.model.plan.PlanPackage#getPlatform()
 * @model
 * @generated
 */
public interface Platform extends RegistryItem
{
} // Platform
