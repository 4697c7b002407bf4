/**
 */
package org.planstudio.model.plan.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Counting Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.CountingRuleImpl#getRegistry <em>Registry</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CountingRuleImpl#getItemTypes <em>Item Types</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CountingRuleImpl#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CountingRuleImpl#isWithinPlanPeriod <em>Within Plan Period</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CountingRuleImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CountingRuleImpl extends MinimalEObjectImpl.Container implements CountingRule
{
	/**
	 * The default value of the '{@link #getRegistry() <em>Registry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistry()
	 * @generated
	 * @ordered
	 */
	protected static final RegistryKind REGISTRY_EDEFAULT = RegistryKind.PLATFORM;

	/**
	 * The cached value of the '{@link #getRegistry() <em>Registry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistry()
	 * @generated
	 * @ordered
	 */
	protected RegistryKind registry = REGISTRY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItemTypes() <em>Item Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> itemTypes;

	/**
	 * The cached value of the '{@link #getStatuses() <em>Statuses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemStatus> statuses;

	/**
	 * The default value of the '{@link #isWithinPlanPeriod() <em>Within Plan Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithinPlanPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WITHIN_PLAN_PERIOD_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWithinPlanPeriod() <em>Within Plan Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithinPlanPeriod()
	 * @generated
	 * @ordered
	 */
	protected boolean withinPlanPeriod = WITHIN_PLAN_PERIOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText description;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CountingRuleImpl()
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
		return PlanPackage.Literals.COUNTING_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegistryKind getRegistry()
	{
		return registry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistry(RegistryKind newRegistry)
	{
		RegistryKind oldRegistry = registry;
		registry = newRegistry == null ? REGISTRY_EDEFAULT : newRegistry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COUNTING_RULE__REGISTRY, oldRegistry, registry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getItemTypes()
	{
		if (itemTypes == null)
		{
			itemTypes = new EDataTypeUniqueEList<String>(String.class, this, PlanPackage.COUNTING_RULE__ITEM_TYPES);
		}
		return itemTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemStatus> getStatuses()
	{
		if (statuses == null)
		{
			statuses = new EDataTypeUniqueEList<ItemStatus>(ItemStatus.class, this, PlanPackage.COUNTING_RULE__STATUSES);
		}
		return statuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWithinPlanPeriod()
	{
		return withinPlanPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithinPlanPeriod(boolean newWithinPlanPeriod)
	{
		boolean oldWithinPlanPeriod = withinPlanPeriod;
		withinPlanPeriod = newWithinPlanPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COUNTING_RULE__WITHIN_PLAN_PERIOD, oldWithinPlanPeriod, withinPlanPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDescription(LocalizedText newDescription, NotificationChain msgs)
	{
		LocalizedText oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.COUNTING_RULE__DESCRIPTION, oldDescription, newDescription);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(LocalizedText newDescription)
	{
		if (newDescription != description)
		{
			NotificationChain msgs = null;
			if (description != null)
				msgs = ((InternalEObject)description).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COUNTING_RULE__DESCRIPTION, null, msgs);
			if (newDescription != null)
				msgs = ((InternalEObject)newDescription).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COUNTING_RULE__DESCRIPTION, null, msgs);
			msgs = basicSetDescription(newDescription, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COUNTING_RULE__DESCRIPTION, newDescription, newDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlanPackage.COUNTING_RULE__DESCRIPTION:
				return basicSetDescription(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlanPackage.COUNTING_RULE__REGISTRY:
				return getRegistry();
			case PlanPackage.COUNTING_RULE__ITEM_TYPES:
				return getItemTypes();
			case PlanPackage.COUNTING_RULE__STATUSES:
				return getStatuses();
			case PlanPackage.COUNTING_RULE__WITHIN_PLAN_PERIOD:
				return isWithinPlanPeriod();
			case PlanPackage.COUNTING_RULE__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.COUNTING_RULE__REGISTRY:
				setRegistry((RegistryKind)newValue);
				return;
			case PlanPackage.COUNTING_RULE__ITEM_TYPES:
				getItemTypes().clear();
				getItemTypes().addAll((Collection<? extends String>)newValue);
				return;
			case PlanPackage.COUNTING_RULE__STATUSES:
				getStatuses().clear();
				getStatuses().addAll((Collection<? extends ItemStatus>)newValue);
				return;
			case PlanPackage.COUNTING_RULE__WITHIN_PLAN_PERIOD:
				setWithinPlanPeriod((Boolean)newValue);
				return;
			case PlanPackage.COUNTING_RULE__DESCRIPTION:
				setDescription((LocalizedText)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.COUNTING_RULE__REGISTRY:
				setRegistry(REGISTRY_EDEFAULT);
				return;
			case PlanPackage.COUNTING_RULE__ITEM_TYPES:
				getItemTypes().clear();
				return;
			case PlanPackage.COUNTING_RULE__STATUSES:
				getStatuses().clear();
				return;
			case PlanPackage.COUNTING_RULE__WITHIN_PLAN_PERIOD:
				setWithinPlanPeriod(WITHIN_PLAN_PERIOD_EDEFAULT);
				return;
			case PlanPackage.COUNTING_RULE__DESCRIPTION:
				setDescription((LocalizedText)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.COUNTING_RULE__REGISTRY:
				return registry != REGISTRY_EDEFAULT;
			case PlanPackage.COUNTING_RULE__ITEM_TYPES:
				return itemTypes != null && !itemTypes.isEmpty();
			case PlanPackage.COUNTING_RULE__STATUSES:
				return statuses != null && !statuses.isEmpty();
			case PlanPackage.COUNTING_RULE__WITHIN_PLAN_PERIOD:
				return withinPlanPeriod != WITHIN_PLAN_PERIOD_EDEFAULT;
			case PlanPackage.COUNTING_RULE__DESCRIPTION:
				return description != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (registry: ");
		result.append(registry);
		result.append(", itemTypes: ");
		result.append(itemTypes);
		result.append(", statuses: ");
		result.append(statuses);
		result.append(", withinPlanPeriod: ");
		result.append(withinPlanPeriod);
		result.append(')');
		return result.toString();
	}

} //CountingRuleImpl
