/**
 */
package org.planstudio.model.plan;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Indicator#getCode <em>Code</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getName <em>Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getTarget <em>Target</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getAccumulation <em>Accumulation</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Indicator#getCountingRule <em>Counting Rule</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Identified
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' containment reference.
	 * @see #setUnit(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_Unit()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getUnit();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getUnit <em>Unit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' containment reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(BigDecimal)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_Baseline()
	 * @model
	 * @generated
	 */
	BigDecimal getBaseline();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(int)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_BaselineYear()
	 * @model
	 * @generated
	 */
	int getBaselineYear();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(int value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_Target()
	 * @model
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(int)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_TargetYear()
	 * @model
	 * @generated
	 */
	int getTargetYear();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(int value);

	/**
	 * Returns the value of the '<em><b>Accumulation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.Accumulation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accumulation</em>' attribute.
	 * @see org.planstudio.model.plan.Accumulation
	 * @see #setAccumulation(Accumulation)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_Accumulation()
	 * @model
	 * @generated
	 */
	Accumulation getAccumulation();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getAccumulation <em>Accumulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accumulation</em>' attribute.
	 * @see org.planstudio.model.plan.Accumulation
	 * @see #getAccumulation()
	 * @generated
	 */
	void setAccumulation(Accumulation value);

	/**
	 * Returns the value of the '<em><b>Counting Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counting Rule</em>' containment reference.
	 * @see #setCountingRule(CountingRule)
	 * @see org.planstudio.model.plan.PlanPackage#getIndicator_CountingRule()
	 * @model containment="true"
	 * @generated
	 */
	CountingRule getCountingRule();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Indicator#getCountingRule <em>Counting Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counting Rule</em>' containment reference.
	 * @see #getCountingRule()
	 * @generated
	 */
	void setCountingRule(CountingRule value);

} // Indicator
