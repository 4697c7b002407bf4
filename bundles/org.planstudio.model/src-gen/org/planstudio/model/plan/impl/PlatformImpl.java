/**
 */
package org.planstudio.model.plan.impl;

import org.eclipse.emf.ecore.EClass;

import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Platform;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Platform</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class PlatformImpl extends RegistryItemImpl implements Platform
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlatformImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlanPackage.Literals.PLATFORM;
	}

} //PlatformImpl
