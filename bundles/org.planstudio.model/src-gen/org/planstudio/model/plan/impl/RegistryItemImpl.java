/**
 */
package org.planstudio.model.plan.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Registry Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getHostOrganization <em>Host Organization</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getPartnerCountries <em>Partner Countries</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.RegistryItemImpl#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RegistryItemImpl extends IdentifiedImpl implements RegistryItem
{
	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText name;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ItemStatus STATUS_EDEFAULT = ItemStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ItemStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHostOrganization() <em>Host Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization hostOrganization;

	/**
	 * The cached value of the '{@link #getPartnerCountries() <em>Partner Countries</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerCountries()
	 * @generated
	 * @ordered
	 */
	protected EList<Country> partnerCountries;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected Date endDate = END_DATE_EDEFAULT;

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
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> attributes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegistryItemImpl()
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
		return PlanPackage.Literals.REGISTRY_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetName(LocalizedText newName, NotificationChain msgs)
	{
		LocalizedText oldName = name;
		name = newName;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__NAME, oldName, newName);
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
	public void setName(LocalizedText newName)
	{
		if (newName != name)
		{
			NotificationChain msgs = null;
			if (name != null)
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.REGISTRY_ITEM__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.REGISTRY_ITEM__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType)
	{
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ItemStatus newStatus)
	{
		ItemStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getHostOrganization()
	{
		if (hostOrganization != null && hostOrganization.eIsProxy())
		{
			InternalEObject oldHostOrganization = (InternalEObject)hostOrganization;
			hostOrganization = (Organization)eResolveProxy(oldHostOrganization);
			if (hostOrganization != oldHostOrganization)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.REGISTRY_ITEM__HOST_ORGANIZATION, oldHostOrganization, hostOrganization));
			}
		}
		return hostOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetHostOrganization()
	{
		return hostOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostOrganization(Organization newHostOrganization)
	{
		Organization oldHostOrganization = hostOrganization;
		hostOrganization = newHostOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__HOST_ORGANIZATION, oldHostOrganization, hostOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Country> getPartnerCountries()
	{
		if (partnerCountries == null)
		{
			partnerCountries = new EObjectResolvingEList<Country>(Country.class, this, PlanPackage.REGISTRY_ITEM__PARTNER_COUNTRIES);
		}
		return partnerCountries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate()
	{
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate)
	{
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndDate()
	{
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(Date newEndDate)
	{
		Date oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__END_DATE, oldEndDate, endDate));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__DESCRIPTION, oldDescription, newDescription);
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
				msgs = ((InternalEObject)description).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.REGISTRY_ITEM__DESCRIPTION, null, msgs);
			if (newDescription != null)
				msgs = ((InternalEObject)newDescription).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.REGISTRY_ITEM__DESCRIPTION, null, msgs);
			msgs = basicSetDescription(newDescription, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REGISTRY_ITEM__DESCRIPTION, newDescription, newDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getAttributes()
	{
		if (attributes == null)
		{
			attributes = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, PlanPackage.REGISTRY_ITEM__ATTRIBUTES);
		}
		return attributes;
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
			case PlanPackage.REGISTRY_ITEM__NAME:
				return basicSetName(null, msgs);
			case PlanPackage.REGISTRY_ITEM__DESCRIPTION:
				return basicSetDescription(null, msgs);
			case PlanPackage.REGISTRY_ITEM__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.REGISTRY_ITEM__NAME:
				return getName();
			case PlanPackage.REGISTRY_ITEM__TYPE:
				return getType();
			case PlanPackage.REGISTRY_ITEM__STATUS:
				return getStatus();
			case PlanPackage.REGISTRY_ITEM__HOST_ORGANIZATION:
				if (resolve) return getHostOrganization();
				return basicGetHostOrganization();
			case PlanPackage.REGISTRY_ITEM__PARTNER_COUNTRIES:
				return getPartnerCountries();
			case PlanPackage.REGISTRY_ITEM__START_DATE:
				return getStartDate();
			case PlanPackage.REGISTRY_ITEM__END_DATE:
				return getEndDate();
			case PlanPackage.REGISTRY_ITEM__DESCRIPTION:
				return getDescription();
			case PlanPackage.REGISTRY_ITEM__ATTRIBUTES:
				return getAttributes();
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
			case PlanPackage.REGISTRY_ITEM__NAME:
				setName((LocalizedText)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__TYPE:
				setType((String)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__STATUS:
				setStatus((ItemStatus)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__HOST_ORGANIZATION:
				setHostOrganization((Organization)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__PARTNER_COUNTRIES:
				getPartnerCountries().clear();
				getPartnerCountries().addAll((Collection<? extends Country>)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__START_DATE:
				setStartDate((Date)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__END_DATE:
				setEndDate((Date)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__DESCRIPTION:
				setDescription((LocalizedText)newValue);
				return;
			case PlanPackage.REGISTRY_ITEM__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends AttributeValue>)newValue);
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
			case PlanPackage.REGISTRY_ITEM__NAME:
				setName((LocalizedText)null);
				return;
			case PlanPackage.REGISTRY_ITEM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case PlanPackage.REGISTRY_ITEM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.REGISTRY_ITEM__HOST_ORGANIZATION:
				setHostOrganization((Organization)null);
				return;
			case PlanPackage.REGISTRY_ITEM__PARTNER_COUNTRIES:
				getPartnerCountries().clear();
				return;
			case PlanPackage.REGISTRY_ITEM__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PlanPackage.REGISTRY_ITEM__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PlanPackage.REGISTRY_ITEM__DESCRIPTION:
				setDescription((LocalizedText)null);
				return;
			case PlanPackage.REGISTRY_ITEM__ATTRIBUTES:
				getAttributes().clear();
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
			case PlanPackage.REGISTRY_ITEM__NAME:
				return name != null;
			case PlanPackage.REGISTRY_ITEM__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case PlanPackage.REGISTRY_ITEM__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.REGISTRY_ITEM__HOST_ORGANIZATION:
				return hostOrganization != null;
			case PlanPackage.REGISTRY_ITEM__PARTNER_COUNTRIES:
				return partnerCountries != null && !partnerCountries.isEmpty();
			case PlanPackage.REGISTRY_ITEM__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PlanPackage.REGISTRY_ITEM__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PlanPackage.REGISTRY_ITEM__DESCRIPTION:
				return description != null;
			case PlanPackage.REGISTRY_ITEM__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", status: ");
		result.append(status);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //RegistryItemImpl
