/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registry Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getName <em>Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getType <em>Type</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getHostOrganization <em>Host Organization</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getPartnerCountries <em>Partner Countries</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.planstudio.model.plan.RegistryItem#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem()
 * @model abstract="true"
 * @generated
 */
public interface RegistryItem extends Identified
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.ItemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.ItemStatus
	 * @see #setStatus(ItemStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_Status()
	 * @model
	 * @generated
	 */
	ItemStatus getStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.ItemStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ItemStatus value);

	/**
	 * Returns the value of the '<em><b>Host Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Organization</em>' reference.
	 * @see #setHostOrganization(Organization)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_HostOrganization()
	 * @model
	 * @generated
	 */
	Organization getHostOrganization();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getHostOrganization <em>Host Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Organization</em>' reference.
	 * @see #getHostOrganization()
	 * @generated
	 */
	void setHostOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Partner Countries</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Country}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Countries</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_PartnerCountries()
	 * @model
	 * @generated
	 */
	EList<Country> getPartnerCountries();

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_EndDate()
	 * @model
	 * @generated
	 */
	Date getEndDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(Date value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.RegistryItem#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getRegistryItem_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributes();

} // RegistryItem
