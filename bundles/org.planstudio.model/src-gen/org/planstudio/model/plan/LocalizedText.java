/**
 */
package org.planstudio.model.plan;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Localized Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Text staff write: Chinese is the master, translations record a digest of the Chinese they were made from so that they can tell when it has changed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.LocalizedText#getZh <em>Zh</em>}</li>
 *   <li>{@link org.planstudio.model.plan.LocalizedText#getTranslations <em>Translations</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getLocalizedText()
 * @model
 * @generated
 */
public interface LocalizedText extends EObject
{
	/**
	 * Returns the value of the '<em><b>Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zh</em>' attribute.
	 * @see #setZh(String)
	 * @see org.planstudio.model.plan.PlanPackage#getLocalizedText_Zh()
	 * @model
	 * @generated
	 */
	String getZh();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.LocalizedText#getZh <em>Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zh</em>' attribute.
	 * @see #getZh()
	 * @generated
	 */
	void setZh(String value);

	/**
	 * Returns the value of the '<em><b>Translations</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Translation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Translations</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getLocalizedText_Translations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Translation> getTranslations();

} // LocalizedText
