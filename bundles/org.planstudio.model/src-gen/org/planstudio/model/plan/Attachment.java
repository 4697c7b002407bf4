/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A file attached to an update as evidence; an element of its own, so the store writes its bytes once and diffs it by digest afterwards.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Attachment#getName <em>Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Attachment#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Attachment#getContent <em>Content</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Attachment#getAddedAt <em>Added At</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getAttachment()
 * @model
 * @generated
 */
public interface Attachment extends Identified
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.planstudio.model.plan.PlanPackage#getAttachment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Attachment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see #setMediaType(String)
	 * @see org.planstudio.model.plan.PlanPackage#getAttachment_MediaType()
	 * @model
	 * @generated
	 */
	String getMediaType();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Attachment#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(String value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(byte[])
	 * @see org.planstudio.model.plan.PlanPackage#getAttachment_Content()
	 * @model
	 * @generated
	 */
	byte[] getContent();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Attachment#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(byte[] value);

	/**
	 * Returns the value of the '<em><b>Added At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Added At</em>' attribute.
	 * @see #setAddedAt(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getAttachment_AddedAt()
	 * @model
	 * @generated
	 */
	Date getAddedAt();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Attachment#getAddedAt <em>Added At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Added At</em>' attribute.
	 * @see #getAddedAt()
	 * @generated
	 */
	void setAddedAt(Date value);

} // Attachment
