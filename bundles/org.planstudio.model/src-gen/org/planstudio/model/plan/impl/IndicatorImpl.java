/**
 */
package org.planstudio.model.plan.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getAccumulation <em>Accumulation</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.IndicatorImpl#getCountingRule <em>Counting Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends IdentifiedImpl implements Indicator
{
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText unit;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BASELINE_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected int baselineYear = BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected int targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccumulation() <em>Accumulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccumulation()
	 * @generated
	 * @ordered
	 */
	protected static final Accumulation ACCUMULATION_EDEFAULT = Accumulation.CUMULATIVE;

	/**
	 * The cached value of the '{@link #getAccumulation() <em>Accumulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccumulation()
	 * @generated
	 * @ordered
	 */
	protected Accumulation accumulation = ACCUMULATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCountingRule() <em>Counting Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountingRule()
	 * @generated
	 * @ordered
	 */
	protected CountingRule countingRule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl()
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
		return PlanPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode)
	{
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__CODE, oldCode, code));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__NAME, oldName, newName);
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
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.INDICATOR__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.INDICATOR__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUnit(LocalizedText newUnit, NotificationChain msgs)
	{
		LocalizedText oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__UNIT, oldUnit, newUnit);
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
	public void setUnit(LocalizedText newUnit)
	{
		if (newUnit != unit)
		{
			NotificationChain msgs = null;
			if (unit != null)
				msgs = ((InternalEObject)unit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.INDICATOR__UNIT, null, msgs);
			if (newUnit != null)
				msgs = ((InternalEObject)newUnit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.INDICATOR__UNIT, null, msgs);
			msgs = basicSetUnit(newUnit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__UNIT, newUnit, newUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaseline()
	{
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(BigDecimal newBaseline)
	{
		BigDecimal oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaselineYear()
	{
		return baselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineYear(int newBaselineYear)
	{
		int oldBaselineYear = baselineYear;
		baselineYear = newBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__BASELINE_YEAR, oldBaselineYear, baselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget)
	{
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTargetYear()
	{
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(int newTargetYear)
	{
		int oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Accumulation getAccumulation()
	{
		return accumulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccumulation(Accumulation newAccumulation)
	{
		Accumulation oldAccumulation = accumulation;
		accumulation = newAccumulation == null ? ACCUMULATION_EDEFAULT : newAccumulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__ACCUMULATION, oldAccumulation, accumulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountingRule getCountingRule()
	{
		return countingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCountingRule(CountingRule newCountingRule, NotificationChain msgs)
	{
		CountingRule oldCountingRule = countingRule;
		countingRule = newCountingRule;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__COUNTING_RULE, oldCountingRule, newCountingRule);
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
	public void setCountingRule(CountingRule newCountingRule)
	{
		if (newCountingRule != countingRule)
		{
			NotificationChain msgs = null;
			if (countingRule != null)
				msgs = ((InternalEObject)countingRule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.INDICATOR__COUNTING_RULE, null, msgs);
			if (newCountingRule != null)
				msgs = ((InternalEObject)newCountingRule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.INDICATOR__COUNTING_RULE, null, msgs);
			msgs = basicSetCountingRule(newCountingRule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.INDICATOR__COUNTING_RULE, newCountingRule, newCountingRule));
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
			case PlanPackage.INDICATOR__NAME:
				return basicSetName(null, msgs);
			case PlanPackage.INDICATOR__UNIT:
				return basicSetUnit(null, msgs);
			case PlanPackage.INDICATOR__COUNTING_RULE:
				return basicSetCountingRule(null, msgs);
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
			case PlanPackage.INDICATOR__CODE:
				return getCode();
			case PlanPackage.INDICATOR__NAME:
				return getName();
			case PlanPackage.INDICATOR__UNIT:
				return getUnit();
			case PlanPackage.INDICATOR__BASELINE:
				return getBaseline();
			case PlanPackage.INDICATOR__BASELINE_YEAR:
				return getBaselineYear();
			case PlanPackage.INDICATOR__TARGET:
				return getTarget();
			case PlanPackage.INDICATOR__TARGET_YEAR:
				return getTargetYear();
			case PlanPackage.INDICATOR__ACCUMULATION:
				return getAccumulation();
			case PlanPackage.INDICATOR__COUNTING_RULE:
				return getCountingRule();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.INDICATOR__CODE:
				setCode((String)newValue);
				return;
			case PlanPackage.INDICATOR__NAME:
				setName((LocalizedText)newValue);
				return;
			case PlanPackage.INDICATOR__UNIT:
				setUnit((LocalizedText)newValue);
				return;
			case PlanPackage.INDICATOR__BASELINE:
				setBaseline((BigDecimal)newValue);
				return;
			case PlanPackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case PlanPackage.INDICATOR__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case PlanPackage.INDICATOR__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case PlanPackage.INDICATOR__ACCUMULATION:
				setAccumulation((Accumulation)newValue);
				return;
			case PlanPackage.INDICATOR__COUNTING_RULE:
				setCountingRule((CountingRule)newValue);
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
			case PlanPackage.INDICATOR__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__NAME:
				setName((LocalizedText)null);
				return;
			case PlanPackage.INDICATOR__UNIT:
				setUnit((LocalizedText)null);
				return;
			case PlanPackage.INDICATOR__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__ACCUMULATION:
				setAccumulation(ACCUMULATION_EDEFAULT);
				return;
			case PlanPackage.INDICATOR__COUNTING_RULE:
				setCountingRule((CountingRule)null);
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
			case PlanPackage.INDICATOR__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlanPackage.INDICATOR__NAME:
				return name != null;
			case PlanPackage.INDICATOR__UNIT:
				return unit != null;
			case PlanPackage.INDICATOR__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case PlanPackage.INDICATOR__BASELINE_YEAR:
				return baselineYear != BASELINE_YEAR_EDEFAULT;
			case PlanPackage.INDICATOR__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case PlanPackage.INDICATOR__TARGET_YEAR:
				return targetYear != TARGET_YEAR_EDEFAULT;
			case PlanPackage.INDICATOR__ACCUMULATION:
				return accumulation != ACCUMULATION_EDEFAULT;
			case PlanPackage.INDICATOR__COUNTING_RULE:
				return countingRule != null;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", target: ");
		result.append(target);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", accumulation: ");
		result.append(accumulation);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
