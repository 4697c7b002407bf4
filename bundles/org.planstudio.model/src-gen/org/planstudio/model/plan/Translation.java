/**
 */
package org.planstudio.model.plan;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Translation#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Translation#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Translation#getSourceDigest <em>Source Digest</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getTranslation()
 * @model
 * @generated
 */
public interface Translation extends EObject
{
	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.planstudio.model.plan.PlanPackage#getTranslation_Language()
	 * @model required="true"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Translation#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.planstudio.model.plan.PlanPackage#getTranslation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Translation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Source Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Digest</em>' attribute.
	 * @see #setSourceDigest(String)
	 * @see org.planstudio.model.plan.PlanPackage#getTranslation_SourceDigest()
	 * @model
	 * @generated
	 */
	String getSourceDigest();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Translation#getSourceDigest <em>Source Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Digest</em>' attribute.
	 * @see #getSourceDigest()
	 * @generated
	 */
	void setSourceDigest(String value);

} // Translation
