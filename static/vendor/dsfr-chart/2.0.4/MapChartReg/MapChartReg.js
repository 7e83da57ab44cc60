var Vh = Object.defineProperty;
var Lh = (e, t, n) => t in e ? Vh(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n;
var lt = (e, t, n) => Lh(e, typeof t != "symbol" ? t + "" : t, n);
var Uc = {};
/**
* @vue/shared v3.5.13
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Ze(e) {
  const t = /* @__PURE__ */ Object.create(null);
  for (const n of e.split(",")) t[n] = 1;
  return (n) => n in t;
}
const dt = Uc.NODE_ENV !== "production" ? Object.freeze({}) : {}, ei = Uc.NODE_ENV !== "production" ? Object.freeze([]) : [], Ot = () => {
}, Ih = () => !1, is = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && // uppercase letter
(e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), no = (e) => e.startsWith("onUpdate:"), wt = Object.assign, ur = (e, t) => {
  const n = e.indexOf(t);
  n > -1 && e.splice(n, 1);
}, $h = Object.prototype.hasOwnProperty, at = (e, t) => $h.call(e, t), Y = Array.isArray, Sn = (e) => Ao(e) === "[object Map]", Gc = (e) => Ao(e) === "[object Set]", Z = (e) => typeof e == "function", kt = (e) => typeof e == "string", pn = (e) => typeof e == "symbol", mt = (e) => e !== null && typeof e == "object", hr = (e) => (mt(e) || Z(e)) && Z(e.then) && Z(e.catch), Yc = Object.prototype.toString, Ao = (e) => Yc.call(e), dr = (e) => Ao(e).slice(8, -1), Po = (e) => Ao(e) === "[object Object]", pr = (e) => kt(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, Ti = /* @__PURE__ */ Ze(
  // the leading comma is intentional so empty string "" is also included
  ",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"
), zh = /* @__PURE__ */ Ze(
  "bind,cloak,else-if,else,for,html,if,model,on,once,pre,show,slot,text,memo"
), To = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => t[n] || (t[n] = e(n));
}, Bh = /-(\w)/g, At = To(
  (e) => e.replace(Bh, (t, n) => n ? n.toUpperCase() : "")
), Hh = /\B([A-Z])/g, Qt = To(
  (e) => e.replace(Hh, "-$1").toLowerCase()
), $n = To((e) => e.charAt(0).toUpperCase() + e.slice(1)), Mn = To(
  (e) => e ? `on${$n(e)}` : ""
), Rn = (e, t) => !Object.is(e, t), wi = (e, ...t) => {
  for (let n = 0; n < e.length; n++)
    e[n](...t);
}, io = (e, t, n, i = !1) => {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    writable: i,
    value: n
  });
}, jh = (e) => {
  const t = parseFloat(e);
  return isNaN(t) ? e : t;
}, fa = (e) => {
  const t = kt(e) ? Number(e) : NaN;
  return isNaN(t) ? e : t;
};
let ua;
const ss = () => ua || (ua = typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {});
function D(e) {
  if (Y(e)) {
    const t = {};
    for (let n = 0; n < e.length; n++) {
      const i = e[n], o = kt(i) ? Gh(i) : D(i);
      if (o)
        for (const l in o)
          t[l] = o[l];
    }
    return t;
  } else if (kt(e) || mt(e))
    return e;
}
const Wh = /;(?![^(]*\))/g, qh = /:([^]+)/, Uh = /\/\*[^]*?\*\//g;
function Gh(e) {
  const t = {};
  return e.replace(Uh, "").split(Wh).forEach((n) => {
    if (n) {
      const i = n.split(qh);
      i.length > 1 && (t[i[0].trim()] = i[1].trim());
    }
  }), t;
}
function gr(e) {
  let t = "";
  if (kt(e))
    t = e;
  else if (Y(e))
    for (let n = 0; n < e.length; n++) {
      const i = gr(e[n]);
      i && (t += i + " ");
    }
  else if (mt(e))
    for (const n in e)
      e[n] && (t += n + " ");
  return t.trim();
}
const Yh = "html,body,base,head,link,meta,style,title,address,article,aside,footer,header,hgroup,h1,h2,h3,h4,h5,h6,nav,section,div,dd,dl,dt,figcaption,figure,picture,hr,img,li,main,ol,p,pre,ul,a,b,abbr,bdi,bdo,br,cite,code,data,dfn,em,i,kbd,mark,q,rp,rt,ruby,s,samp,small,span,strong,sub,sup,time,u,var,wbr,area,audio,map,track,video,embed,object,param,source,canvas,script,noscript,del,ins,caption,col,colgroup,table,thead,tbody,td,th,tr,button,datalist,fieldset,form,input,label,legend,meter,optgroup,option,output,progress,select,textarea,details,dialog,menu,summary,template,blockquote,iframe,tfoot", Kh = "svg,animate,animateMotion,animateTransform,circle,clipPath,color-profile,defs,desc,discard,ellipse,feBlend,feColorMatrix,feComponentTransfer,feComposite,feConvolveMatrix,feDiffuseLighting,feDisplacementMap,feDistantLight,feDropShadow,feFlood,feFuncA,feFuncB,feFuncG,feFuncR,feGaussianBlur,feImage,feMerge,feMergeNode,feMorphology,feOffset,fePointLight,feSpecularLighting,feSpotLight,feTile,feTurbulence,filter,foreignObject,g,hatch,hatchpath,image,line,linearGradient,marker,mask,mesh,meshgradient,meshpatch,meshrow,metadata,mpath,path,pattern,polygon,polyline,radialGradient,rect,set,solidcolor,stop,switch,symbol,text,textPath,title,tspan,unknown,use,view", Xh = "annotation,annotation-xml,maction,maligngroup,malignmark,math,menclose,merror,mfenced,mfrac,mfraction,mglyph,mi,mlabeledtr,mlongdiv,mmultiscripts,mn,mo,mover,mpadded,mphantom,mprescripts,mroot,mrow,ms,mscarries,mscarry,msgroup,msline,mspace,msqrt,msrow,mstack,mstyle,msub,msubsup,msup,mtable,mtd,mtext,mtr,munder,munderover,none,semantics", Zh = /* @__PURE__ */ Ze(Yh), Qh = /* @__PURE__ */ Ze(Kh), Jh = /* @__PURE__ */ Ze(Xh), td = "itemscope,allowfullscreen,formnovalidate,ismap,nomodule,novalidate,readonly", ed = /* @__PURE__ */ Ze(td);
function Kc(e) {
  return !!e || e === "";
}
const Xc = (e) => !!(e && e.__v_isRef === !0), se = (e) => kt(e) ? e : e == null ? "" : Y(e) || mt(e) && (e.toString === Yc || !Z(e.toString)) ? Xc(e) ? se(e.value) : JSON.stringify(e, Zc, 2) : String(e), Zc = (e, t) => Xc(t) ? Zc(e, t.value) : Sn(t) ? {
  [`Map(${t.size})`]: [...t.entries()].reduce(
    (n, [i, o], l) => (n[Ko(i, l) + " =>"] = o, n),
    {}
  )
} : Gc(t) ? {
  [`Set(${t.size})`]: [...t.values()].map((n) => Ko(n))
} : pn(t) ? Ko(t) : mt(t) && !Y(t) && !Po(t) ? String(t) : t, Ko = (e, t = "") => {
  var n;
  return (
    // Symbol.description in es2019+ so we need to cast here to pass
    // the lib: es2016 check
    pn(e) ? `Symbol(${(n = e.description) != null ? n : t})` : e
  );
};
var yt = {};
function Le(e, ...t) {
  console.warn(`[Vue warn] ${e}`, ...t);
}
let Xt;
class nd {
  constructor(t = !1) {
    this.detached = t, this._active = !0, this.effects = [], this.cleanups = [], this._isPaused = !1, this.parent = Xt, !t && Xt && (this.index = (Xt.scopes || (Xt.scopes = [])).push(
      this
    ) - 1);
  }
  get active() {
    return this._active;
  }
  pause() {
    if (this._active) {
      this._isPaused = !0;
      let t, n;
      if (this.scopes)
        for (t = 0, n = this.scopes.length; t < n; t++)
          this.scopes[t].pause();
      for (t = 0, n = this.effects.length; t < n; t++)
        this.effects[t].pause();
    }
  }
  /**
   * Resumes the effect scope, including all child scopes and effects.
   */
  resume() {
    if (this._active && this._isPaused) {
      this._isPaused = !1;
      let t, n;
      if (this.scopes)
        for (t = 0, n = this.scopes.length; t < n; t++)
          this.scopes[t].resume();
      for (t = 0, n = this.effects.length; t < n; t++)
        this.effects[t].resume();
    }
  }
  run(t) {
    if (this._active) {
      const n = Xt;
      try {
        return Xt = this, t();
      } finally {
        Xt = n;
      }
    } else yt.NODE_ENV !== "production" && Le("cannot run an inactive effect scope.");
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  on() {
    Xt = this;
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  off() {
    Xt = this.parent;
  }
  stop(t) {
    if (this._active) {
      this._active = !1;
      let n, i;
      for (n = 0, i = this.effects.length; n < i; n++)
        this.effects[n].stop();
      for (this.effects.length = 0, n = 0, i = this.cleanups.length; n < i; n++)
        this.cleanups[n]();
      if (this.cleanups.length = 0, this.scopes) {
        for (n = 0, i = this.scopes.length; n < i; n++)
          this.scopes[n].stop(!0);
        this.scopes.length = 0;
      }
      if (!this.detached && this.parent && !t) {
        const o = this.parent.scopes.pop();
        o && o !== this && (this.parent.scopes[this.index] = o, o.index = this.index);
      }
      this.parent = void 0;
    }
  }
}
function id() {
  return Xt;
}
let ft;
const Xo = /* @__PURE__ */ new WeakSet();
class Qc {
  constructor(t) {
    this.fn = t, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Xt && Xt.active && Xt.effects.push(this);
  }
  pause() {
    this.flags |= 64;
  }
  resume() {
    this.flags & 64 && (this.flags &= -65, Xo.has(this) && (Xo.delete(this), this.trigger()));
  }
  /**
   * @internal
   */
  notify() {
    this.flags & 2 && !(this.flags & 32) || this.flags & 8 || tf(this);
  }
  run() {
    if (!(this.flags & 1))
      return this.fn();
    this.flags |= 2, ha(this), ef(this);
    const t = ft, n = ve;
    ft = this, ve = !0;
    try {
      return this.fn();
    } finally {
      yt.NODE_ENV !== "production" && ft !== this && Le(
        "Active effect was not restored correctly - this is likely a Vue internal bug."
      ), nf(this), ft = t, ve = n, this.flags &= -3;
    }
  }
  stop() {
    if (this.flags & 1) {
      for (let t = this.deps; t; t = t.nextDep)
        br(t);
      this.deps = this.depsTail = void 0, ha(this), this.onStop && this.onStop(), this.flags &= -2;
    }
  }
  trigger() {
    this.flags & 64 ? Xo.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
  }
  /**
   * @internal
   */
  runIfDirty() {
    Nl(this) && this.run();
  }
  get dirty() {
    return Nl(this);
  }
}
let Jc = 0, Vi, Li;
function tf(e, t = !1) {
  if (e.flags |= 8, t) {
    e.next = Li, Li = e;
    return;
  }
  e.next = Vi, Vi = e;
}
function vr() {
  Jc++;
}
function mr() {
  if (--Jc > 0)
    return;
  if (Li) {
    let t = Li;
    for (Li = void 0; t; ) {
      const n = t.next;
      t.next = void 0, t.flags &= -9, t = n;
    }
  }
  let e;
  for (; Vi; ) {
    let t = Vi;
    for (Vi = void 0; t; ) {
      const n = t.next;
      if (t.next = void 0, t.flags &= -9, t.flags & 1)
        try {
          t.trigger();
        } catch (i) {
          e || (e = i);
        }
      t = n;
    }
  }
  if (e) throw e;
}
function ef(e) {
  for (let t = e.deps; t; t = t.nextDep)
    t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function nf(e) {
  let t, n = e.depsTail, i = n;
  for (; i; ) {
    const o = i.prevDep;
    i.version === -1 ? (i === n && (n = o), br(i), sd(i)) : t = i, i.dep.activeLink = i.prevActiveLink, i.prevActiveLink = void 0, i = o;
  }
  e.deps = t, e.depsTail = n;
}
function Nl(e) {
  for (let t = e.deps; t; t = t.nextDep)
    if (t.dep.version !== t.version || t.dep.computed && (sf(t.dep.computed) || t.dep.version !== t.version))
      return !0;
  return !!e._dirty;
}
function sf(e) {
  if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === qi))
    return;
  e.globalVersion = qi;
  const t = e.dep;
  if (e.flags |= 2, t.version > 0 && !e.isSSR && e.deps && !Nl(e)) {
    e.flags &= -3;
    return;
  }
  const n = ft, i = ve;
  ft = e, ve = !0;
  try {
    ef(e);
    const o = e.fn(e._value);
    (t.version === 0 || Rn(o, e._value)) && (e._value = o, t.version++);
  } catch (o) {
    throw t.version++, o;
  } finally {
    ft = n, ve = i, nf(e), e.flags &= -3;
  }
}
function br(e, t = !1) {
  const { dep: n, prevSub: i, nextSub: o } = e;
  if (i && (i.nextSub = o, e.prevSub = void 0), o && (o.prevSub = i, e.nextSub = void 0), yt.NODE_ENV !== "production" && n.subsHead === e && (n.subsHead = o), n.subs === e && (n.subs = i, !i && n.computed)) {
    n.computed.flags &= -5;
    for (let l = n.computed.deps; l; l = l.nextDep)
      br(l, !0);
  }
  !t && !--n.sc && n.map && n.map.delete(n.key);
}
function sd(e) {
  const { prevDep: t, nextDep: n } = e;
  t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
let ve = !0;
const of = [];
function Qe() {
  of.push(ve), ve = !1;
}
function Je() {
  const e = of.pop();
  ve = e === void 0 ? !0 : e;
}
function ha(e) {
  const { cleanup: t } = e;
  if (e.cleanup = void 0, t) {
    const n = ft;
    ft = void 0;
    try {
      t();
    } finally {
      ft = n;
    }
  }
}
let qi = 0;
class od {
  constructor(t, n) {
    this.sub = t, this.dep = n, this.version = n.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
  }
}
class lf {
  constructor(t) {
    this.computed = t, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, yt.NODE_ENV !== "production" && (this.subsHead = void 0);
  }
  track(t) {
    if (!ft || !ve || ft === this.computed)
      return;
    let n = this.activeLink;
    if (n === void 0 || n.sub !== ft)
      n = this.activeLink = new od(ft, this), ft.deps ? (n.prevDep = ft.depsTail, ft.depsTail.nextDep = n, ft.depsTail = n) : ft.deps = ft.depsTail = n, rf(n);
    else if (n.version === -1 && (n.version = this.version, n.nextDep)) {
      const i = n.nextDep;
      i.prevDep = n.prevDep, n.prevDep && (n.prevDep.nextDep = i), n.prevDep = ft.depsTail, n.nextDep = void 0, ft.depsTail.nextDep = n, ft.depsTail = n, ft.deps === n && (ft.deps = i);
    }
    return yt.NODE_ENV !== "production" && ft.onTrack && ft.onTrack(
      wt(
        {
          effect: ft
        },
        t
      )
    ), n;
  }
  trigger(t) {
    this.version++, qi++, this.notify(t);
  }
  notify(t) {
    vr();
    try {
      if (yt.NODE_ENV !== "production")
        for (let n = this.subsHead; n; n = n.nextSub)
          n.sub.onTrigger && !(n.sub.flags & 8) && n.sub.onTrigger(
            wt(
              {
                effect: n.sub
              },
              t
            )
          );
      for (let n = this.subs; n; n = n.prevSub)
        n.sub.notify() && n.sub.dep.notify();
    } finally {
      mr();
    }
  }
}
function rf(e) {
  if (e.dep.sc++, e.sub.flags & 4) {
    const t = e.dep.computed;
    if (t && !e.dep.subs) {
      t.flags |= 20;
      for (let i = t.deps; i; i = i.nextDep)
        rf(i);
    }
    const n = e.dep.subs;
    n !== e && (e.prevSub = n, n && (n.nextSub = e)), yt.NODE_ENV !== "production" && e.dep.subsHead === void 0 && (e.dep.subsHead = e), e.dep.subs = e;
  }
}
const Sl = /* @__PURE__ */ new WeakMap(), Fn = Symbol(
  yt.NODE_ENV !== "production" ? "Object iterate" : ""
), Rl = Symbol(
  yt.NODE_ENV !== "production" ? "Map keys iterate" : ""
), Ui = Symbol(
  yt.NODE_ENV !== "production" ? "Array iterate" : ""
);
function _t(e, t, n) {
  if (ve && ft) {
    let i = Sl.get(e);
    i || Sl.set(e, i = /* @__PURE__ */ new Map());
    let o = i.get(n);
    o || (i.set(n, o = new lf()), o.map = i, o.key = n), yt.NODE_ENV !== "production" ? o.track({
      target: e,
      type: t,
      key: n
    }) : o.track();
  }
}
function Ne(e, t, n, i, o, l) {
  const s = Sl.get(e);
  if (!s) {
    qi++;
    return;
  }
  const r = (a) => {
    a && (yt.NODE_ENV !== "production" ? a.trigger({
      target: e,
      type: t,
      key: n,
      newValue: i,
      oldValue: o,
      oldTarget: l
    }) : a.trigger());
  };
  if (vr(), t === "clear")
    s.forEach(r);
  else {
    const a = Y(e), c = a && pr(n);
    if (a && n === "length") {
      const f = Number(i);
      s.forEach((u, h) => {
        (h === "length" || h === Ui || !pn(h) && h >= f) && r(u);
      });
    } else
      switch ((n !== void 0 || s.has(void 0)) && r(s.get(n)), c && r(s.get(Ui)), t) {
        case "add":
          a ? c && r(s.get("length")) : (r(s.get(Fn)), Sn(e) && r(s.get(Rl)));
          break;
        case "delete":
          a || (r(s.get(Fn)), Sn(e) && r(s.get(Rl)));
          break;
        case "set":
          Sn(e) && r(s.get(Fn));
          break;
      }
  }
  mr();
}
function qn(e) {
  const t = st(e);
  return t === e ? t : (_t(t, "iterate", Ui), te(e) ? t : t.map(Zt));
}
function yr(e) {
  return _t(e = st(e), "iterate", Ui), e;
}
const ld = {
  __proto__: null,
  [Symbol.iterator]() {
    return Zo(this, Symbol.iterator, Zt);
  },
  concat(...e) {
    return qn(this).concat(
      ...e.map((t) => Y(t) ? qn(t) : t)
    );
  },
  entries() {
    return Zo(this, "entries", (e) => (e[1] = Zt(e[1]), e));
  },
  every(e, t) {
    return Be(this, "every", e, t, void 0, arguments);
  },
  filter(e, t) {
    return Be(this, "filter", e, t, (n) => n.map(Zt), arguments);
  },
  find(e, t) {
    return Be(this, "find", e, t, Zt, arguments);
  },
  findIndex(e, t) {
    return Be(this, "findIndex", e, t, void 0, arguments);
  },
  findLast(e, t) {
    return Be(this, "findLast", e, t, Zt, arguments);
  },
  findLastIndex(e, t) {
    return Be(this, "findLastIndex", e, t, void 0, arguments);
  },
  // flat, flatMap could benefit from ARRAY_ITERATE but are not straight-forward to implement
  forEach(e, t) {
    return Be(this, "forEach", e, t, void 0, arguments);
  },
  includes(...e) {
    return Qo(this, "includes", e);
  },
  indexOf(...e) {
    return Qo(this, "indexOf", e);
  },
  join(e) {
    return qn(this).join(e);
  },
  // keys() iterator only reads `length`, no optimisation required
  lastIndexOf(...e) {
    return Qo(this, "lastIndexOf", e);
  },
  map(e, t) {
    return Be(this, "map", e, t, void 0, arguments);
  },
  pop() {
    return xi(this, "pop");
  },
  push(...e) {
    return xi(this, "push", e);
  },
  reduce(e, ...t) {
    return da(this, "reduce", e, t);
  },
  reduceRight(e, ...t) {
    return da(this, "reduceRight", e, t);
  },
  shift() {
    return xi(this, "shift");
  },
  // slice could use ARRAY_ITERATE but also seems to beg for range tracking
  some(e, t) {
    return Be(this, "some", e, t, void 0, arguments);
  },
  splice(...e) {
    return xi(this, "splice", e);
  },
  toReversed() {
    return qn(this).toReversed();
  },
  toSorted(e) {
    return qn(this).toSorted(e);
  },
  toSpliced(...e) {
    return qn(this).toSpliced(...e);
  },
  unshift(...e) {
    return xi(this, "unshift", e);
  },
  values() {
    return Zo(this, "values", Zt);
  }
};
function Zo(e, t, n) {
  const i = yr(e), o = i[t]();
  return i !== e && !te(e) && (o._next = o.next, o.next = () => {
    const l = o._next();
    return l.value && (l.value = n(l.value)), l;
  }), o;
}
const rd = Array.prototype;
function Be(e, t, n, i, o, l) {
  const s = yr(e), r = s !== e && !te(e), a = s[t];
  if (a !== rd[t]) {
    const u = a.apply(e, l);
    return r ? Zt(u) : u;
  }
  let c = n;
  s !== e && (r ? c = function(u, h) {
    return n.call(this, Zt(u), h, e);
  } : n.length > 2 && (c = function(u, h) {
    return n.call(this, u, h, e);
  }));
  const f = a.call(s, c, i);
  return r && o ? o(f) : f;
}
function da(e, t, n, i) {
  const o = yr(e);
  let l = n;
  return o !== e && (te(e) ? n.length > 3 && (l = function(s, r, a) {
    return n.call(this, s, r, a, e);
  }) : l = function(s, r, a) {
    return n.call(this, s, Zt(r), a, e);
  }), o[t](l, ...i);
}
function Qo(e, t, n) {
  const i = st(e);
  _t(i, "iterate", Ui);
  const o = i[t](...n);
  return (o === -1 || o === !1) && so(n[0]) ? (n[0] = st(n[0]), i[t](...n)) : o;
}
function xi(e, t, n = []) {
  Qe(), vr();
  const i = st(e)[t].apply(e, n);
  return mr(), Je(), i;
}
const ad = /* @__PURE__ */ Ze("__proto__,__v_isRef,__isVue"), af = new Set(
  /* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(pn)
);
function cd(e) {
  pn(e) || (e = String(e));
  const t = st(this);
  return _t(t, "has", e), t.hasOwnProperty(e);
}
class cf {
  constructor(t = !1, n = !1) {
    this._isReadonly = t, this._isShallow = n;
  }
  get(t, n, i) {
    if (n === "__v_skip") return t.__v_skip;
    const o = this._isReadonly, l = this._isShallow;
    if (n === "__v_isReactive")
      return !o;
    if (n === "__v_isReadonly")
      return o;
    if (n === "__v_isShallow")
      return l;
    if (n === "__v_raw")
      return i === (o ? l ? gf : pf : l ? df : hf).get(t) || // receiver is not the reactive proxy, but has the same prototype
      // this means the receiver is a user proxy of the reactive proxy
      Object.getPrototypeOf(t) === Object.getPrototypeOf(i) ? t : void 0;
    const s = Y(t);
    if (!o) {
      let a;
      if (s && (a = ld[n]))
        return a;
      if (n === "hasOwnProperty")
        return cd;
    }
    const r = Reflect.get(
      t,
      n,
      // if this is a proxy wrapping a ref, return methods using the raw ref
      // as receiver so that we don't have to call `toRaw` on the ref in all
      // its class methods
      St(t) ? t : i
    );
    return (pn(n) ? af.has(n) : ad(n)) || (o || _t(t, "get", n), l) ? r : St(r) ? s && pr(n) ? r : r.value : mt(r) ? o ? vf(r) : kr(r) : r;
  }
}
class ff extends cf {
  constructor(t = !1) {
    super(!1, t);
  }
  set(t, n, i, o) {
    let l = t[n];
    if (!this._isShallow) {
      const a = fn(l);
      if (!te(i) && !fn(i) && (l = st(l), i = st(i)), !Y(t) && St(l) && !St(i))
        return a ? !1 : (l.value = i, !0);
    }
    const s = Y(t) && pr(n) ? Number(n) < t.length : at(t, n), r = Reflect.set(
      t,
      n,
      i,
      St(t) ? t : o
    );
    return t === st(o) && (s ? Rn(i, l) && Ne(t, "set", n, i, l) : Ne(t, "add", n, i)), r;
  }
  deleteProperty(t, n) {
    const i = at(t, n), o = t[n], l = Reflect.deleteProperty(t, n);
    return l && i && Ne(t, "delete", n, void 0, o), l;
  }
  has(t, n) {
    const i = Reflect.has(t, n);
    return (!pn(n) || !af.has(n)) && _t(t, "has", n), i;
  }
  ownKeys(t) {
    return _t(
      t,
      "iterate",
      Y(t) ? "length" : Fn
    ), Reflect.ownKeys(t);
  }
}
class uf extends cf {
  constructor(t = !1) {
    super(!0, t);
  }
  set(t, n) {
    return yt.NODE_ENV !== "production" && Le(
      `Set operation on key "${String(n)}" failed: target is readonly.`,
      t
    ), !0;
  }
  deleteProperty(t, n) {
    return yt.NODE_ENV !== "production" && Le(
      `Delete operation on key "${String(n)}" failed: target is readonly.`,
      t
    ), !0;
  }
}
const fd = /* @__PURE__ */ new ff(), ud = /* @__PURE__ */ new uf(), hd = /* @__PURE__ */ new ff(!0), dd = /* @__PURE__ */ new uf(!0), Fl = (e) => e, ps = (e) => Reflect.getPrototypeOf(e);
function pd(e, t, n) {
  return function(...i) {
    const o = this.__v_raw, l = st(o), s = Sn(l), r = e === "entries" || e === Symbol.iterator && s, a = e === "keys" && s, c = o[e](...i), f = n ? Fl : t ? Al : Zt;
    return !t && _t(
      l,
      "iterate",
      a ? Rl : Fn
    ), {
      // iterator protocol
      next() {
        const { value: u, done: h } = c.next();
        return h ? { value: u, done: h } : {
          value: r ? [f(u[0]), f(u[1])] : f(u),
          done: h
        };
      },
      // iterable protocol
      [Symbol.iterator]() {
        return this;
      }
    };
  };
}
function gs(e) {
  return function(...t) {
    if (yt.NODE_ENV !== "production") {
      const n = t[0] ? `on key "${t[0]}" ` : "";
      Le(
        `${$n(e)} operation ${n}failed: target is readonly.`,
        st(this)
      );
    }
    return e === "delete" ? !1 : e === "clear" ? void 0 : this;
  };
}
function gd(e, t) {
  const n = {
    get(o) {
      const l = this.__v_raw, s = st(l), r = st(o);
      e || (Rn(o, r) && _t(s, "get", o), _t(s, "get", r));
      const { has: a } = ps(s), c = t ? Fl : e ? Al : Zt;
      if (a.call(s, o))
        return c(l.get(o));
      if (a.call(s, r))
        return c(l.get(r));
      l !== s && l.get(o);
    },
    get size() {
      const o = this.__v_raw;
      return !e && _t(st(o), "iterate", Fn), Reflect.get(o, "size", o);
    },
    has(o) {
      const l = this.__v_raw, s = st(l), r = st(o);
      return e || (Rn(o, r) && _t(s, "has", o), _t(s, "has", r)), o === r ? l.has(o) : l.has(o) || l.has(r);
    },
    forEach(o, l) {
      const s = this, r = s.__v_raw, a = st(r), c = t ? Fl : e ? Al : Zt;
      return !e && _t(a, "iterate", Fn), r.forEach((f, u) => o.call(l, c(f), c(u), s));
    }
  };
  return wt(
    n,
    e ? {
      add: gs("add"),
      set: gs("set"),
      delete: gs("delete"),
      clear: gs("clear")
    } : {
      add(o) {
        !t && !te(o) && !fn(o) && (o = st(o));
        const l = st(this);
        return ps(l).has.call(l, o) || (l.add(o), Ne(l, "add", o, o)), this;
      },
      set(o, l) {
        !t && !te(l) && !fn(l) && (l = st(l));
        const s = st(this), { has: r, get: a } = ps(s);
        let c = r.call(s, o);
        c ? yt.NODE_ENV !== "production" && pa(s, r, o) : (o = st(o), c = r.call(s, o));
        const f = a.call(s, o);
        return s.set(o, l), c ? Rn(l, f) && Ne(s, "set", o, l, f) : Ne(s, "add", o, l), this;
      },
      delete(o) {
        const l = st(this), { has: s, get: r } = ps(l);
        let a = s.call(l, o);
        a ? yt.NODE_ENV !== "production" && pa(l, s, o) : (o = st(o), a = s.call(l, o));
        const c = r ? r.call(l, o) : void 0, f = l.delete(o);
        return a && Ne(l, "delete", o, void 0, c), f;
      },
      clear() {
        const o = st(this), l = o.size !== 0, s = yt.NODE_ENV !== "production" ? Sn(o) ? new Map(o) : new Set(o) : void 0, r = o.clear();
        return l && Ne(
          o,
          "clear",
          void 0,
          void 0,
          s
        ), r;
      }
    }
  ), [
    "keys",
    "values",
    "entries",
    Symbol.iterator
  ].forEach((o) => {
    n[o] = pd(o, e, t);
  }), n;
}
function Vo(e, t) {
  const n = gd(e, t);
  return (i, o, l) => o === "__v_isReactive" ? !e : o === "__v_isReadonly" ? e : o === "__v_raw" ? i : Reflect.get(
    at(n, o) && o in i ? n : i,
    o,
    l
  );
}
const vd = {
  get: /* @__PURE__ */ Vo(!1, !1)
}, md = {
  get: /* @__PURE__ */ Vo(!1, !0)
}, bd = {
  get: /* @__PURE__ */ Vo(!0, !1)
}, yd = {
  get: /* @__PURE__ */ Vo(!0, !0)
};
function pa(e, t, n) {
  const i = st(n);
  if (i !== n && t.call(e, i)) {
    const o = dr(e);
    Le(
      `Reactive ${o} contains both the raw and reactive versions of the same object${o === "Map" ? " as keys" : ""}, which can lead to inconsistencies. Avoid differentiating between the raw and reactive versions of an object and only use the reactive version if possible.`
    );
  }
}
const hf = /* @__PURE__ */ new WeakMap(), df = /* @__PURE__ */ new WeakMap(), pf = /* @__PURE__ */ new WeakMap(), gf = /* @__PURE__ */ new WeakMap();
function kd(e) {
  switch (e) {
    case "Object":
    case "Array":
      return 1;
    case "Map":
    case "Set":
    case "WeakMap":
    case "WeakSet":
      return 2;
    default:
      return 0;
  }
}
function wd(e) {
  return e.__v_skip || !Object.isExtensible(e) ? 0 : kd(dr(e));
}
function kr(e) {
  return fn(e) ? e : Lo(
    e,
    !1,
    fd,
    vd,
    hf
  );
}
function xd(e) {
  return Lo(
    e,
    !1,
    hd,
    md,
    df
  );
}
function vf(e) {
  return Lo(
    e,
    !0,
    ud,
    bd,
    pf
  );
}
function Re(e) {
  return Lo(
    e,
    !0,
    dd,
    yd,
    gf
  );
}
function Lo(e, t, n, i, o) {
  if (!mt(e))
    return yt.NODE_ENV !== "production" && Le(
      `value cannot be made ${t ? "readonly" : "reactive"}: ${String(
        e
      )}`
    ), e;
  if (e.__v_raw && !(t && e.__v_isReactive))
    return e;
  const l = o.get(e);
  if (l)
    return l;
  const s = wd(e);
  if (s === 0)
    return e;
  const r = new Proxy(
    e,
    s === 2 ? i : n
  );
  return o.set(e, r), r;
}
function ni(e) {
  return fn(e) ? ni(e.__v_raw) : !!(e && e.__v_isReactive);
}
function fn(e) {
  return !!(e && e.__v_isReadonly);
}
function te(e) {
  return !!(e && e.__v_isShallow);
}
function so(e) {
  return e ? !!e.__v_raw : !1;
}
function st(e) {
  const t = e && e.__v_raw;
  return t ? st(t) : e;
}
function Md(e) {
  return !at(e, "__v_skip") && Object.isExtensible(e) && io(e, "__v_skip", !0), e;
}
const Zt = (e) => mt(e) ? kr(e) : e, Al = (e) => mt(e) ? vf(e) : e;
function St(e) {
  return e ? e.__v_isRef === !0 : !1;
}
function Jn(e) {
  return St(e) ? e.value : e;
}
const Ed = {
  get: (e, t, n) => t === "__v_raw" ? e : Jn(Reflect.get(e, t, n)),
  set: (e, t, n, i) => {
    const o = e[t];
    return St(o) && !St(n) ? (o.value = n, !0) : Reflect.set(e, t, n, i);
  }
};
function mf(e) {
  return ni(e) ? e : new Proxy(e, Ed);
}
class Dd {
  constructor(t, n, i) {
    this.fn = t, this.setter = n, this._value = void 0, this.dep = new lf(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = qi - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !n, this.isSSR = i;
  }
  /**
   * @internal
   */
  notify() {
    if (this.flags |= 16, !(this.flags & 8) && // avoid infinite self recursion
    ft !== this)
      return tf(this, !0), !0;
  }
  get value() {
    const t = yt.NODE_ENV !== "production" ? this.dep.track({
      target: this,
      type: "get",
      key: "value"
    }) : this.dep.track();
    return sf(this), t && (t.version = this.dep.version), this._value;
  }
  set value(t) {
    this.setter ? this.setter(t) : yt.NODE_ENV !== "production" && Le("Write operation failed: computed value is readonly");
  }
}
function Cd(e, t, n = !1) {
  let i, o;
  return Z(e) ? i = e : (i = e.get, o = e.set), new Dd(i, o, n);
}
const vs = {}, oo = /* @__PURE__ */ new WeakMap();
let En;
function _d(e, t = !1, n = En) {
  if (n) {
    let i = oo.get(n);
    i || oo.set(n, i = []), i.push(e);
  } else yt.NODE_ENV !== "production" && !t && Le(
    "onWatcherCleanup() was called when there was no active watcher to associate with."
  );
}
function Od(e, t, n = dt) {
  const { immediate: i, deep: o, once: l, scheduler: s, augmentJob: r, call: a } = n, c = (M) => {
    (n.onWarn || Le)(
      "Invalid watch source: ",
      M,
      "A watch source can only be a getter/effect function, a ref, a reactive object, or an array of these types."
    );
  }, f = (M) => o ? M : te(M) || o === !1 || o === 0 ? ln(M, 1) : ln(M);
  let u, h, d, p, v = !1, m = !1;
  if (St(e) ? (h = () => e.value, v = te(e)) : ni(e) ? (h = () => f(e), v = !0) : Y(e) ? (m = !0, v = e.some((M) => ni(M) || te(M)), h = () => e.map((M) => {
    if (St(M))
      return M.value;
    if (ni(M))
      return f(M);
    if (Z(M))
      return a ? a(M, 2) : M();
    yt.NODE_ENV !== "production" && c(M);
  })) : Z(e) ? t ? h = a ? () => a(e, 2) : e : h = () => {
    if (d) {
      Qe();
      try {
        d();
      } finally {
        Je();
      }
    }
    const M = En;
    En = u;
    try {
      return a ? a(e, 3, [p]) : e(p);
    } finally {
      En = M;
    }
  } : (h = Ot, yt.NODE_ENV !== "production" && c(e)), t && o) {
    const M = h, N = o === !0 ? 1 / 0 : o;
    h = () => ln(M(), N);
  }
  const y = id(), _ = () => {
    u.stop(), y && y.active && ur(y.effects, u);
  };
  if (l && t) {
    const M = t;
    t = (...N) => {
      M(...N), _();
    };
  }
  let O = m ? new Array(e.length).fill(vs) : vs;
  const P = (M) => {
    if (!(!(u.flags & 1) || !u.dirty && !M))
      if (t) {
        const N = u.run();
        if (o || v || (m ? N.some((w, C) => Rn(w, O[C])) : Rn(N, O))) {
          d && d();
          const w = En;
          En = u;
          try {
            const C = [
              N,
              // pass undefined as the old value when it's changed for the first time
              O === vs ? void 0 : m && O[0] === vs ? [] : O,
              p
            ];
            a ? a(t, 3, C) : (
              // @ts-expect-error
              t(...C)
            ), O = N;
          } finally {
            En = w;
          }
        }
      } else
        u.run();
  };
  return r && r(P), u = new Qc(h), u.scheduler = s ? () => s(P, !1) : P, p = (M) => _d(M, !1, u), d = u.onStop = () => {
    const M = oo.get(u);
    if (M) {
      if (a)
        a(M, 4);
      else
        for (const N of M) N();
      oo.delete(u);
    }
  }, yt.NODE_ENV !== "production" && (u.onTrack = n.onTrack, u.onTrigger = n.onTrigger), t ? i ? P(!0) : O = u.run() : s ? s(P.bind(null, !0), !0) : u.run(), _.pause = u.pause.bind(u), _.resume = u.resume.bind(u), _.stop = _, _;
}
function ln(e, t = 1 / 0, n) {
  if (t <= 0 || !mt(e) || e.__v_skip || (n = n || /* @__PURE__ */ new Set(), n.has(e)))
    return e;
  if (n.add(e), t--, St(e))
    ln(e.value, t, n);
  else if (Y(e))
    for (let i = 0; i < e.length; i++)
      ln(e[i], t, n);
  else if (Gc(e) || Sn(e))
    e.forEach((i) => {
      ln(i, t, n);
    });
  else if (Po(e)) {
    for (const i in e)
      ln(e[i], t, n);
    for (const i of Object.getOwnPropertySymbols(e))
      Object.prototype.propertyIsEnumerable.call(e, i) && ln(e[i], t, n);
  }
  return e;
}
var k = {};
const An = [];
function Hs(e) {
  An.push(e);
}
function js() {
  An.pop();
}
let Jo = !1;
function I(e, ...t) {
  if (Jo) return;
  Jo = !0, Qe();
  const n = An.length ? An[An.length - 1].component : null, i = n && n.appContext.config.warnHandler, o = Nd();
  if (i)
    hi(
      i,
      n,
      11,
      [
        // eslint-disable-next-line no-restricted-syntax
        e + t.map((l) => {
          var s, r;
          return (r = (s = l.toString) == null ? void 0 : s.call(l)) != null ? r : JSON.stringify(l);
        }).join(""),
        n && n.proxy,
        o.map(
          ({ vnode: l }) => `at <${Ho(n, l.type)}>`
        ).join(`
`),
        o
      ]
    );
  else {
    const l = [`[Vue warn]: ${e}`, ...t];
    o.length && l.push(`
`, ...Sd(o)), console.warn(...l);
  }
  Je(), Jo = !1;
}
function Nd() {
  let e = An[An.length - 1];
  if (!e)
    return [];
  const t = [];
  for (; e; ) {
    const n = t[0];
    n && n.vnode === e ? n.recurseCount++ : t.push({
      vnode: e,
      recurseCount: 0
    });
    const i = e.component && e.component.parent;
    e = i && i.vnode;
  }
  return t;
}
function Sd(e) {
  const t = [];
  return e.forEach((n, i) => {
    t.push(...i === 0 ? [] : [`
`], ...Rd(n));
  }), t;
}
function Rd({ vnode: e, recurseCount: t }) {
  const n = t > 0 ? `... (${t} recursive calls)` : "", i = e.component ? e.component.parent == null : !1, o = ` at <${Ho(
    e.component,
    e.type,
    i
  )}`, l = ">" + n;
  return e.props ? [o, ...Fd(e.props), l] : [o + l];
}
function Fd(e) {
  const t = [], n = Object.keys(e);
  return n.slice(0, 3).forEach((i) => {
    t.push(...bf(i, e[i]));
  }), n.length > 3 && t.push(" ..."), t;
}
function bf(e, t, n) {
  return kt(t) ? (t = JSON.stringify(t), n ? t : [`${e}=${t}`]) : typeof t == "number" || typeof t == "boolean" || t == null ? n ? t : [`${e}=${t}`] : St(t) ? (t = bf(e, st(t.value), !0), n ? t : [`${e}=Ref<`, t, ">"]) : Z(t) ? [`${e}=fn${t.name ? `<${t.name}>` : ""}`] : (t = st(t), n ? t : [`${e}=`, t]);
}
const wr = {
  sp: "serverPrefetch hook",
  bc: "beforeCreate hook",
  c: "created hook",
  bm: "beforeMount hook",
  m: "mounted hook",
  bu: "beforeUpdate hook",
  u: "updated",
  bum: "beforeUnmount hook",
  um: "unmounted hook",
  a: "activated hook",
  da: "deactivated hook",
  ec: "errorCaptured hook",
  rtc: "renderTracked hook",
  rtg: "renderTriggered hook",
  0: "setup function",
  1: "render function",
  2: "watcher getter",
  3: "watcher callback",
  4: "watcher cleanup function",
  5: "native event handler",
  6: "component event handler",
  7: "vnode hook",
  8: "directive hook",
  9: "transition hook",
  10: "app errorHandler",
  11: "app warnHandler",
  12: "ref function",
  13: "async component loader",
  14: "scheduler flush",
  15: "component update",
  16: "app unmount cleanup function"
};
function hi(e, t, n, i) {
  try {
    return i ? e(...i) : e();
  } catch (o) {
    os(o, t, n);
  }
}
function Ie(e, t, n, i) {
  if (Z(e)) {
    const o = hi(e, t, n, i);
    return o && hr(o) && o.catch((l) => {
      os(l, t, n);
    }), o;
  }
  if (Y(e)) {
    const o = [];
    for (let l = 0; l < e.length; l++)
      o.push(Ie(e[l], t, n, i));
    return o;
  } else k.NODE_ENV !== "production" && I(
    `Invalid value type passed to callWithAsyncErrorHandling(): ${typeof e}`
  );
}
function os(e, t, n, i = !0) {
  const o = t ? t.vnode : null, { errorHandler: l, throwUnhandledErrorInProduction: s } = t && t.appContext.config || dt;
  if (t) {
    let r = t.parent;
    const a = t.proxy, c = k.NODE_ENV !== "production" ? wr[n] : `https://vuejs.org/error-reference/#runtime-${n}`;
    for (; r; ) {
      const f = r.ec;
      if (f) {
        for (let u = 0; u < f.length; u++)
          if (f[u](e, a, c) === !1)
            return;
      }
      r = r.parent;
    }
    if (l) {
      Qe(), hi(l, null, 10, [
        e,
        a,
        c
      ]), Je();
      return;
    }
  }
  Ad(e, n, o, i, s);
}
function Ad(e, t, n, i = !0, o = !1) {
  if (k.NODE_ENV !== "production") {
    const l = wr[t];
    if (n && Hs(n), I(`Unhandled error${l ? ` during execution of ${l}` : ""}`), n && js(), i)
      throw e;
    console.error(e);
  } else {
    if (o)
      throw e;
    console.error(e);
  }
}
const jt = [];
let De = -1;
const ii = [];
let nn = null, Qn = 0;
const yf = /* @__PURE__ */ Promise.resolve();
let lo = null;
const Pd = 100;
function kf(e) {
  const t = lo || yf;
  return e ? t.then(this ? e.bind(this) : e) : t;
}
function Td(e) {
  let t = De + 1, n = jt.length;
  for (; t < n; ) {
    const i = t + n >>> 1, o = jt[i], l = Gi(o);
    l < e || l === e && o.flags & 2 ? t = i + 1 : n = i;
  }
  return t;
}
function Io(e) {
  if (!(e.flags & 1)) {
    const t = Gi(e), n = jt[jt.length - 1];
    !n || // fast path when the job id is larger than the tail
    !(e.flags & 2) && t >= Gi(n) ? jt.push(e) : jt.splice(Td(t), 0, e), e.flags |= 1, wf();
  }
}
function wf() {
  lo || (lo = yf.then(Ef));
}
function xf(e) {
  Y(e) ? ii.push(...e) : nn && e.id === -1 ? nn.splice(Qn + 1, 0, e) : e.flags & 1 || (ii.push(e), e.flags |= 1), wf();
}
function ga(e, t, n = De + 1) {
  for (k.NODE_ENV !== "production" && (t = t || /* @__PURE__ */ new Map()); n < jt.length; n++) {
    const i = jt[n];
    if (i && i.flags & 2) {
      if (e && i.id !== e.uid || k.NODE_ENV !== "production" && xr(t, i))
        continue;
      jt.splice(n, 1), n--, i.flags & 4 && (i.flags &= -2), i(), i.flags & 4 || (i.flags &= -2);
    }
  }
}
function Mf(e) {
  if (ii.length) {
    const t = [...new Set(ii)].sort(
      (n, i) => Gi(n) - Gi(i)
    );
    if (ii.length = 0, nn) {
      nn.push(...t);
      return;
    }
    for (nn = t, k.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map()), Qn = 0; Qn < nn.length; Qn++) {
      const n = nn[Qn];
      k.NODE_ENV !== "production" && xr(e, n) || (n.flags & 4 && (n.flags &= -2), n.flags & 8 || n(), n.flags &= -2);
    }
    nn = null, Qn = 0;
  }
}
const Gi = (e) => e.id == null ? e.flags & 2 ? -1 : 1 / 0 : e.id;
function Ef(e) {
  k.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map());
  const t = k.NODE_ENV !== "production" ? (n) => xr(e, n) : Ot;
  try {
    for (De = 0; De < jt.length; De++) {
      const n = jt[De];
      if (n && !(n.flags & 8)) {
        if (k.NODE_ENV !== "production" && t(n))
          continue;
        n.flags & 4 && (n.flags &= -2), hi(
          n,
          n.i,
          n.i ? 15 : 14
        ), n.flags & 4 || (n.flags &= -2);
      }
    }
  } finally {
    for (; De < jt.length; De++) {
      const n = jt[De];
      n && (n.flags &= -2);
    }
    De = -1, jt.length = 0, Mf(e), lo = null, (jt.length || ii.length) && Ef(e);
  }
}
function xr(e, t) {
  const n = e.get(t) || 0;
  if (n > Pd) {
    const i = t.i, o = i && Rr(i.type);
    return os(
      `Maximum recursive updates exceeded${o ? ` in component <${o}>` : ""}. This means you have a reactive effect that is mutating its own dependencies and thus recursively triggering itself. Possible sources include component template, render function, updated hook or watcher source function.`,
      null,
      10
    ), !0;
  }
  return e.set(t, n + 1), !1;
}
let pe = !1;
const Ws = /* @__PURE__ */ new Map();
k.NODE_ENV !== "production" && (ss().__VUE_HMR_RUNTIME__ = {
  createRecord: tl(Df),
  rerender: tl(Id),
  reload: tl($d)
});
const zn = /* @__PURE__ */ new Map();
function Vd(e) {
  const t = e.type.__hmrId;
  let n = zn.get(t);
  n || (Df(t, e.type), n = zn.get(t)), n.instances.add(e);
}
function Ld(e) {
  zn.get(e.type.__hmrId).instances.delete(e);
}
function Df(e, t) {
  return zn.has(e) ? !1 : (zn.set(e, {
    initialDef: ro(t),
    instances: /* @__PURE__ */ new Set()
  }), !0);
}
function ro(e) {
  return fu(e) ? e.__vccOpts : e;
}
function Id(e, t) {
  const n = zn.get(e);
  n && (n.initialDef.render = t, [...n.instances].forEach((i) => {
    t && (i.render = t, ro(i.type).render = t), i.renderCache = [], pe = !0, i.update(), pe = !1;
  }));
}
function $d(e, t) {
  const n = zn.get(e);
  if (!n) return;
  t = ro(t), va(n.initialDef, t);
  const i = [...n.instances];
  for (let o = 0; o < i.length; o++) {
    const l = i[o], s = ro(l.type);
    let r = Ws.get(s);
    r || (s !== n.initialDef && va(s, t), Ws.set(s, r = /* @__PURE__ */ new Set())), r.add(l), l.appContext.propsCache.delete(l.type), l.appContext.emitsCache.delete(l.type), l.appContext.optionsCache.delete(l.type), l.ceReload ? (r.add(l), l.ceReload(t.styles), r.delete(l)) : l.parent ? Io(() => {
      pe = !0, l.parent.update(), pe = !1, r.delete(l);
    }) : l.appContext.reload ? l.appContext.reload() : typeof window < "u" ? window.location.reload() : console.warn(
      "[HMR] Root or manually mounted instance modified. Full reload required."
    ), l.root.ce && l !== l.root && l.root.ce._removeChildStyle(s);
  }
  xf(() => {
    Ws.clear();
  });
}
function va(e, t) {
  wt(e, t);
  for (const n in e)
    n !== "__file" && !(n in t) && delete e[n];
}
function tl(e) {
  return (t, n) => {
    try {
      return e(t, n);
    } catch (i) {
      console.error(i), console.warn(
        "[HMR] Something went wrong during Vue component hot-reload. Full reload required."
      );
    }
  };
}
let Se, Si = [], Pl = !1;
function ls(e, ...t) {
  Se ? Se.emit(e, ...t) : Pl || Si.push({ event: e, args: t });
}
function Cf(e, t) {
  var n, i;
  Se = e, Se ? (Se.enabled = !0, Si.forEach(({ event: o, args: l }) => Se.emit(o, ...l)), Si = []) : /* handle late devtools injection - only do this if we are in an actual */ /* browser environment to avoid the timer handle stalling test runner exit */ /* (#4815) */ typeof window < "u" && // some envs mock window but not fully
  window.HTMLElement && // also exclude jsdom
  // eslint-disable-next-line no-restricted-syntax
  !((i = (n = window.navigator) == null ? void 0 : n.userAgent) != null && i.includes("jsdom")) ? ((t.__VUE_DEVTOOLS_HOOK_REPLAY__ = t.__VUE_DEVTOOLS_HOOK_REPLAY__ || []).push((l) => {
    Cf(l, t);
  }), setTimeout(() => {
    Se || (t.__VUE_DEVTOOLS_HOOK_REPLAY__ = null, Pl = !0, Si = []);
  }, 3e3)) : (Pl = !0, Si = []);
}
function zd(e, t) {
  ls("app:init", e, t, {
    Fragment: Oe,
    Text: rs,
    Comment: ee,
    Static: Gs
  });
}
function Bd(e) {
  ls("app:unmount", e);
}
const Hd = /* @__PURE__ */ Mr(
  "component:added"
  /* COMPONENT_ADDED */
), _f = /* @__PURE__ */ Mr(
  "component:updated"
  /* COMPONENT_UPDATED */
), jd = /* @__PURE__ */ Mr(
  "component:removed"
  /* COMPONENT_REMOVED */
), Wd = (e) => {
  Se && typeof Se.cleanupBuffer == "function" && // remove the component if it wasn't buffered
  !Se.cleanupBuffer(e) && jd(e);
};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Mr(e) {
  return (t) => {
    ls(
      e,
      t.appContext.app,
      t.uid,
      t.parent ? t.parent.uid : void 0,
      t
    );
  };
}
const qd = /* @__PURE__ */ Of(
  "perf:start"
  /* PERFORMANCE_START */
), Ud = /* @__PURE__ */ Of(
  "perf:end"
  /* PERFORMANCE_END */
);
function Of(e) {
  return (t, n, i) => {
    ls(e, t.appContext.app, t.uid, t, n, i);
  };
}
function Gd(e, t, n) {
  ls(
    "component:emit",
    e.appContext.app,
    e,
    t,
    n
  );
}
let Gt = null, Nf = null;
function ao(e) {
  const t = Gt;
  return Gt = e, Nf = e && e.type.__scopeId || null, t;
}
function Yd(e, t = Gt, n) {
  if (!t || e._n)
    return e;
  const i = (...o) => {
    i._d && Aa(-1);
    const l = ao(t);
    let s;
    try {
      s = e(...o);
    } finally {
      ao(l), i._d && Aa(1);
    }
    return k.NODE_ENV !== "production" && _f(t), s;
  };
  return i._n = !0, i._c = !0, i._d = !0, i;
}
function Sf(e) {
  zh(e) && I("Do not use built-in directive ids as custom directive id: " + e);
}
function bn(e, t, n, i) {
  const o = e.dirs, l = t && t.dirs;
  for (let s = 0; s < o.length; s++) {
    const r = o[s];
    l && (r.oldValue = l[s].value);
    let a = r.dir[i];
    a && (Qe(), Ie(a, n, 8, [
      e.el,
      r,
      e,
      t
    ]), Je());
  }
}
const Rf = Symbol("_vte"), Kd = (e) => e.__isTeleport, Pn = (e) => e && (e.disabled || e.disabled === ""), ma = (e) => e && (e.defer || e.defer === ""), ba = (e) => typeof SVGElement < "u" && e instanceof SVGElement, ya = (e) => typeof MathMLElement == "function" && e instanceof MathMLElement, Tl = (e, t) => {
  const n = e && e.to;
  if (kt(n))
    if (t) {
      const i = t(n);
      return k.NODE_ENV !== "production" && !i && !Pn(e) && I(
        `Failed to locate Teleport target with selector "${n}". Note the target element must exist before the component is mounted - i.e. the target cannot be rendered by the component itself, and ideally should be outside of the entire Vue component tree.`
      ), i;
    } else
      return k.NODE_ENV !== "production" && I(
        "Current renderer does not support string target for Teleports. (missing querySelector renderer option)"
      ), null;
  else
    return k.NODE_ENV !== "production" && !n && !Pn(e) && I(`Invalid Teleport target: ${n}`), n;
}, Ff = {
  name: "Teleport",
  __isTeleport: !0,
  process(e, t, n, i, o, l, s, r, a, c) {
    const {
      mc: f,
      pc: u,
      pbc: h,
      o: { insert: d, querySelector: p, createText: v, createComment: m }
    } = c, y = Pn(t.props);
    let { shapeFlag: _, children: O, dynamicChildren: P } = t;
    if (k.NODE_ENV !== "production" && pe && (a = !1, P = null), e == null) {
      const M = t.el = k.NODE_ENV !== "production" ? m("teleport start") : v(""), N = t.anchor = k.NODE_ENV !== "production" ? m("teleport end") : v("");
      d(M, n, i), d(N, n, i);
      const w = (S, $) => {
        _ & 16 && (o && o.isCE && (o.ce._teleportTarget = S), f(
          O,
          S,
          $,
          o,
          l,
          s,
          r,
          a
        ));
      }, C = () => {
        const S = t.target = Tl(t.props, p), $ = Af(S, t, v, d);
        S ? (s !== "svg" && ba(S) ? s = "svg" : s !== "mathml" && ya(S) && (s = "mathml"), y || (w(S, $), qs(t, !1))) : k.NODE_ENV !== "production" && !y && I(
          "Invalid Teleport target on mount:",
          S,
          `(${typeof S})`
        );
      };
      y && (w(n, N), qs(t, !0)), ma(t.props) ? Ht(() => {
        C(), t.el.__isMounted = !0;
      }, l) : C();
    } else {
      if (ma(t.props) && !e.el.__isMounted) {
        Ht(() => {
          Ff.process(
            e,
            t,
            n,
            i,
            o,
            l,
            s,
            r,
            a,
            c
          ), delete e.el.__isMounted;
        }, l);
        return;
      }
      t.el = e.el, t.targetStart = e.targetStart;
      const M = t.anchor = e.anchor, N = t.target = e.target, w = t.targetAnchor = e.targetAnchor, C = Pn(e.props), S = C ? n : N, $ = C ? M : w;
      if (s === "svg" || ba(N) ? s = "svg" : (s === "mathml" || ya(N)) && (s = "mathml"), P ? (h(
        e.dynamicChildren,
        P,
        S,
        o,
        l,
        s,
        r
      ), $i(e, t, !0)) : a || u(
        e,
        t,
        S,
        $,
        o,
        l,
        s,
        r,
        !1
      ), y)
        C ? t.props && e.props && t.props.to !== e.props.to && (t.props.to = e.props.to) : ms(
          t,
          n,
          M,
          c,
          1
        );
      else if ((t.props && t.props.to) !== (e.props && e.props.to)) {
        const A = t.target = Tl(
          t.props,
          p
        );
        A ? ms(
          t,
          A,
          null,
          c,
          0
        ) : k.NODE_ENV !== "production" && I(
          "Invalid Teleport target on update:",
          N,
          `(${typeof N})`
        );
      } else C && ms(
        t,
        N,
        w,
        c,
        1
      );
      qs(t, y);
    }
  },
  remove(e, t, n, { um: i, o: { remove: o } }, l) {
    const {
      shapeFlag: s,
      children: r,
      anchor: a,
      targetStart: c,
      targetAnchor: f,
      target: u,
      props: h
    } = e;
    if (u && (o(c), o(f)), l && o(a), s & 16) {
      const d = l || !Pn(h);
      for (let p = 0; p < r.length; p++) {
        const v = r[p];
        i(
          v,
          t,
          n,
          d,
          !!v.dynamicChildren
        );
      }
    }
  },
  move: ms,
  hydrate: Xd
};
function ms(e, t, n, { o: { insert: i }, m: o }, l = 2) {
  l === 0 && i(e.targetAnchor, t, n);
  const { el: s, anchor: r, shapeFlag: a, children: c, props: f } = e, u = l === 2;
  if (u && i(s, t, n), (!u || Pn(f)) && a & 16)
    for (let h = 0; h < c.length; h++)
      o(
        c[h],
        t,
        n,
        2
      );
  u && i(r, t, n);
}
function Xd(e, t, n, i, o, l, {
  o: { nextSibling: s, parentNode: r, querySelector: a, insert: c, createText: f }
}, u) {
  const h = t.target = Tl(
    t.props,
    a
  );
  if (h) {
    const d = Pn(t.props), p = h._lpa || h.firstChild;
    if (t.shapeFlag & 16)
      if (d)
        t.anchor = u(
          s(e),
          t,
          r(e),
          n,
          i,
          o,
          l
        ), t.targetStart = p, t.targetAnchor = p && s(p);
      else {
        t.anchor = s(e);
        let v = p;
        for (; v; ) {
          if (v && v.nodeType === 8) {
            if (v.data === "teleport start anchor")
              t.targetStart = v;
            else if (v.data === "teleport anchor") {
              t.targetAnchor = v, h._lpa = t.targetAnchor && s(t.targetAnchor);
              break;
            }
          }
          v = s(v);
        }
        t.targetAnchor || Af(h, t, f, c), u(
          p && s(p),
          t,
          h,
          n,
          i,
          o,
          l
        );
      }
    qs(t, d);
  }
  return t.anchor && s(t.anchor);
}
const Zd = Ff;
function qs(e, t) {
  const n = e.ctx;
  if (n && n.ut) {
    let i, o;
    for (t ? (i = e.el, o = e.anchor) : (i = e.targetStart, o = e.targetAnchor); i && i !== o; )
      i.nodeType === 1 && i.setAttribute("data-v-owner", n.uid), i = i.nextSibling;
    n.ut();
  }
}
function Af(e, t, n, i) {
  const o = t.targetStart = n(""), l = t.targetAnchor = n("");
  return o[Rf] = l, e && (i(o, e), i(l, e)), l;
}
function Er(e, t) {
  e.shapeFlag & 6 && e.component ? (e.transition = t, Er(e.component.subTree, t)) : e.shapeFlag & 128 ? (e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback)) : e.transition = t;
}
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Qd(e, t) {
  return Z(e) ? (
    // #8236: extend call and options.name access are considered side-effects
    // by Rollup, so we have to wrap it in a pure-annotated IIFE.
    wt({ name: e.name }, t, { setup: e })
  ) : e;
}
function Pf(e) {
  e.ids = [e.ids[0] + e.ids[2]++ + "-", 0, 0];
}
const Jd = /* @__PURE__ */ new WeakSet();
function co(e, t, n, i, o = !1) {
  if (Y(e)) {
    e.forEach(
      (p, v) => co(
        p,
        t && (Y(t) ? t[v] : t),
        n,
        i,
        o
      )
    );
    return;
  }
  if (Ii(i) && !o) {
    i.shapeFlag & 512 && i.type.__asyncResolved && i.component.subTree.component && co(e, t, n, i.component.subTree);
    return;
  }
  const l = i.shapeFlag & 4 ? Sr(i.component) : i.el, s = o ? null : l, { i: r, r: a } = e;
  if (k.NODE_ENV !== "production" && !r) {
    I(
      "Missing ref owner context. ref cannot be used on hoisted vnodes. A vnode with ref must be created inside the render function."
    );
    return;
  }
  const c = t && t.r, f = r.refs === dt ? r.refs = {} : r.refs, u = r.setupState, h = st(u), d = u === dt ? () => !1 : (p) => k.NODE_ENV !== "production" && (at(h, p) && !St(h[p]) && I(
    `Template ref "${p}" used on a non-ref value. It will not work in the production build.`
  ), Jd.has(h[p])) ? !1 : at(h, p);
  if (c != null && c !== a && (kt(c) ? (f[c] = null, d(c) && (u[c] = null)) : St(c) && (c.value = null)), Z(a))
    hi(a, r, 12, [s, f]);
  else {
    const p = kt(a), v = St(a);
    if (p || v) {
      const m = () => {
        if (e.f) {
          const y = p ? d(a) ? u[a] : f[a] : a.value;
          o ? Y(y) && ur(y, l) : Y(y) ? y.includes(l) || y.push(l) : p ? (f[a] = [l], d(a) && (u[a] = f[a])) : (a.value = [l], e.k && (f[e.k] = a.value));
        } else p ? (f[a] = s, d(a) && (u[a] = s)) : v ? (a.value = s, e.k && (f[e.k] = s)) : k.NODE_ENV !== "production" && I("Invalid template ref type:", a, `(${typeof a})`);
      };
      s ? (m.id = -1, Ht(m, n)) : m();
    } else k.NODE_ENV !== "production" && I("Invalid template ref type:", a, `(${typeof a})`);
  }
}
ss().requestIdleCallback;
ss().cancelIdleCallback;
const Ii = (e) => !!e.type.__asyncLoader, Dr = (e) => e.type.__isKeepAlive;
function t2(e, t) {
  Tf(e, "a", t);
}
function e2(e, t) {
  Tf(e, "da", t);
}
function Tf(e, t, n = Nt) {
  const i = e.__wdc || (e.__wdc = () => {
    let o = n;
    for (; o; ) {
      if (o.isDeactivated)
        return;
      o = o.parent;
    }
    return e();
  });
  if ($o(t, i, n), n) {
    let o = n.parent;
    for (; o && o.parent; )
      Dr(o.parent.vnode) && n2(i, t, n, o), o = o.parent;
  }
}
function n2(e, t, n, i) {
  const o = $o(
    t,
    e,
    i,
    !0
    /* prepend */
  );
  Vf(() => {
    ur(i[t], o);
  }, n);
}
function $o(e, t, n = Nt, i = !1) {
  if (n) {
    const o = n[e] || (n[e] = []), l = t.__weh || (t.__weh = (...s) => {
      Qe();
      const r = as(n), a = Ie(t, n, e, s);
      return r(), Je(), a;
    });
    return i ? o.unshift(l) : o.push(l), l;
  } else if (k.NODE_ENV !== "production") {
    const o = Mn(wr[e].replace(/ hook$/, ""));
    I(
      `${o} is called when there is no active component instance to be associated with. Lifecycle injection APIs can only be used during execution of setup(). If you are using async setup(), make sure to register lifecycle hooks before the first await statement.`
    );
  }
}
const tn = (e) => (t, n = Nt) => {
  (!Ki || e === "sp") && $o(e, (...i) => t(...i), n);
}, i2 = tn("bm"), s2 = tn("m"), o2 = tn(
  "bu"
), l2 = tn("u"), r2 = tn(
  "bum"
), Vf = tn("um"), a2 = tn(
  "sp"
), c2 = tn("rtg"), f2 = tn("rtc");
function u2(e, t = Nt) {
  $o("ec", e, t);
}
const h2 = "components";
function ka(e, t) {
  return p2(h2, e, !0, t) || e;
}
const d2 = Symbol.for("v-ndc");
function p2(e, t, n = !0, i = !1) {
  const o = Gt || Nt;
  if (o) {
    const l = o.type;
    {
      const r = Rr(
        l,
        !1
      );
      if (r && (r === t || r === At(t) || r === $n(At(t))))
        return l;
    }
    const s = (
      // local registration
      // check instance[type] first which is resolved for options API
      wa(o[e] || l[e], t) || // global registration
      wa(o.appContext[e], t)
    );
    return !s && i ? l : (k.NODE_ENV !== "production" && n && !s && I(`Failed to resolve ${e.slice(0, -1)}: ${t}
If this is a native custom element, make sure to exclude it from component resolution via compilerOptions.isCustomElement.`), s);
  } else k.NODE_ENV !== "production" && I(
    `resolve${$n(e.slice(0, -1))} can only be used in render() or setup().`
  );
}
function wa(e, t) {
  return e && (e[t] || e[At(t)] || e[$n(At(t))]);
}
const Vl = (e) => e ? au(e) ? Sr(e) : Vl(e.parent) : null, Tn = (
  // Move PURE marker to new line to workaround compiler discarding it
  // due to type annotation
  /* @__PURE__ */ wt(/* @__PURE__ */ Object.create(null), {
    $: (e) => e,
    $el: (e) => e.vnode.el,
    $data: (e) => e.data,
    $props: (e) => k.NODE_ENV !== "production" ? Re(e.props) : e.props,
    $attrs: (e) => k.NODE_ENV !== "production" ? Re(e.attrs) : e.attrs,
    $slots: (e) => k.NODE_ENV !== "production" ? Re(e.slots) : e.slots,
    $refs: (e) => k.NODE_ENV !== "production" ? Re(e.refs) : e.refs,
    $parent: (e) => Vl(e.parent),
    $root: (e) => Vl(e.root),
    $host: (e) => e.ce,
    $emit: (e) => e.emit,
    $options: (e) => $f(e),
    $forceUpdate: (e) => e.f || (e.f = () => {
      Io(e.update);
    }),
    $nextTick: (e) => e.n || (e.n = kf.bind(e.proxy)),
    $watch: (e) => G2.bind(e)
  })
), Cr = (e) => e === "_" || e === "$", el = (e, t) => e !== dt && !e.__isScriptSetup && at(e, t), Lf = {
  get({ _: e }, t) {
    if (t === "__v_skip")
      return !0;
    const { ctx: n, setupState: i, data: o, props: l, accessCache: s, type: r, appContext: a } = e;
    if (k.NODE_ENV !== "production" && t === "__isVue")
      return !0;
    let c;
    if (t[0] !== "$") {
      const d = s[t];
      if (d !== void 0)
        switch (d) {
          case 1:
            return i[t];
          case 2:
            return o[t];
          case 4:
            return n[t];
          case 3:
            return l[t];
        }
      else {
        if (el(i, t))
          return s[t] = 1, i[t];
        if (o !== dt && at(o, t))
          return s[t] = 2, o[t];
        if (
          // only cache other properties when instance has declared (thus stable)
          // props
          (c = e.propsOptions[0]) && at(c, t)
        )
          return s[t] = 3, l[t];
        if (n !== dt && at(n, t))
          return s[t] = 4, n[t];
        Ll && (s[t] = 0);
      }
    }
    const f = Tn[t];
    let u, h;
    if (f)
      return t === "$attrs" ? (_t(e.attrs, "get", ""), k.NODE_ENV !== "production" && ho()) : k.NODE_ENV !== "production" && t === "$slots" && _t(e, "get", t), f(e);
    if (
      // css module (injected by vue-loader)
      (u = r.__cssModules) && (u = u[t])
    )
      return u;
    if (n !== dt && at(n, t))
      return s[t] = 4, n[t];
    if (
      // global properties
      h = a.config.globalProperties, at(h, t)
    )
      return h[t];
    k.NODE_ENV !== "production" && Gt && (!kt(t) || // #1091 avoid internal isRef/isVNode checks on component instance leading
    // to infinite warning loop
    t.indexOf("__v") !== 0) && (o !== dt && Cr(t[0]) && at(o, t) ? I(
      `Property ${JSON.stringify(
        t
      )} must be accessed via $data because it starts with a reserved character ("$" or "_") and is not proxied on the render context.`
    ) : e === Gt && I(
      `Property ${JSON.stringify(t)} was accessed during render but is not defined on instance.`
    ));
  },
  set({ _: e }, t, n) {
    const { data: i, setupState: o, ctx: l } = e;
    return el(o, t) ? (o[t] = n, !0) : k.NODE_ENV !== "production" && o.__isScriptSetup && at(o, t) ? (I(`Cannot mutate <script setup> binding "${t}" from Options API.`), !1) : i !== dt && at(i, t) ? (i[t] = n, !0) : at(e.props, t) ? (k.NODE_ENV !== "production" && I(`Attempting to mutate prop "${t}". Props are readonly.`), !1) : t[0] === "$" && t.slice(1) in e ? (k.NODE_ENV !== "production" && I(
      `Attempting to mutate public property "${t}". Properties starting with $ are reserved and readonly.`
    ), !1) : (k.NODE_ENV !== "production" && t in e.appContext.config.globalProperties ? Object.defineProperty(l, t, {
      enumerable: !0,
      configurable: !0,
      value: n
    }) : l[t] = n, !0);
  },
  has({
    _: { data: e, setupState: t, accessCache: n, ctx: i, appContext: o, propsOptions: l }
  }, s) {
    let r;
    return !!n[s] || e !== dt && at(e, s) || el(t, s) || (r = l[0]) && at(r, s) || at(i, s) || at(Tn, s) || at(o.config.globalProperties, s);
  },
  defineProperty(e, t, n) {
    return n.get != null ? e._.accessCache[t] = 0 : at(n, "value") && this.set(e, t, n.value, null), Reflect.defineProperty(e, t, n);
  }
};
k.NODE_ENV !== "production" && (Lf.ownKeys = (e) => (I(
  "Avoid app logic that relies on enumerating keys on a component instance. The keys will be empty in production mode to avoid performance overhead."
), Reflect.ownKeys(e)));
function g2(e) {
  const t = {};
  return Object.defineProperty(t, "_", {
    configurable: !0,
    enumerable: !1,
    get: () => e
  }), Object.keys(Tn).forEach((n) => {
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !1,
      get: () => Tn[n](e),
      // intercepted by the proxy so no need for implementation,
      // but needed to prevent set errors
      set: Ot
    });
  }), t;
}
function v2(e) {
  const {
    ctx: t,
    propsOptions: [n]
  } = e;
  n && Object.keys(n).forEach((i) => {
    Object.defineProperty(t, i, {
      enumerable: !0,
      configurable: !0,
      get: () => e.props[i],
      set: Ot
    });
  });
}
function m2(e) {
  const { ctx: t, setupState: n } = e;
  Object.keys(st(n)).forEach((i) => {
    if (!n.__isScriptSetup) {
      if (Cr(i[0])) {
        I(
          `setup() return property ${JSON.stringify(
            i
          )} should not start with "$" or "_" which are reserved prefixes for Vue internals.`
        );
        return;
      }
      Object.defineProperty(t, i, {
        enumerable: !0,
        configurable: !0,
        get: () => n[i],
        set: Ot
      });
    }
  });
}
function xa(e) {
  return Y(e) ? e.reduce(
    (t, n) => (t[n] = null, t),
    {}
  ) : e;
}
function b2() {
  const e = /* @__PURE__ */ Object.create(null);
  return (t, n) => {
    e[n] ? I(`${t} property "${n}" is already defined in ${e[n]}.`) : e[n] = t;
  };
}
let Ll = !0;
function y2(e) {
  const t = $f(e), n = e.proxy, i = e.ctx;
  Ll = !1, t.beforeCreate && Ma(t.beforeCreate, e, "bc");
  const {
    // state
    data: o,
    computed: l,
    methods: s,
    watch: r,
    provide: a,
    inject: c,
    // lifecycle
    created: f,
    beforeMount: u,
    mounted: h,
    beforeUpdate: d,
    updated: p,
    activated: v,
    deactivated: m,
    beforeDestroy: y,
    beforeUnmount: _,
    destroyed: O,
    unmounted: P,
    render: M,
    renderTracked: N,
    renderTriggered: w,
    errorCaptured: C,
    serverPrefetch: S,
    // public API
    expose: $,
    inheritAttrs: A,
    // assets
    components: j,
    directives: G,
    filters: bt
  } = t, nt = k.NODE_ENV !== "production" ? b2() : null;
  if (k.NODE_ENV !== "production") {
    const [q] = e.propsOptions;
    if (q)
      for (const X in q)
        nt("Props", X);
  }
  if (c && k2(c, i, nt), s)
    for (const q in s) {
      const X = s[q];
      Z(X) ? (k.NODE_ENV !== "production" ? Object.defineProperty(i, q, {
        value: X.bind(n),
        configurable: !0,
        enumerable: !0,
        writable: !0
      }) : i[q] = X.bind(n), k.NODE_ENV !== "production" && nt("Methods", q)) : k.NODE_ENV !== "production" && I(
        `Method "${q}" has type "${typeof X}" in the component definition. Did you reference the function correctly?`
      );
    }
  if (o) {
    k.NODE_ENV !== "production" && !Z(o) && I(
      "The data option must be a function. Plain object usage is no longer supported."
    );
    const q = o.call(n, n);
    if (k.NODE_ENV !== "production" && hr(q) && I(
      "data() returned a Promise - note data() cannot be async; If you intend to perform data fetching before component renders, use async setup() + <Suspense>."
    ), !mt(q))
      k.NODE_ENV !== "production" && I("data() should return an object.");
    else if (e.data = kr(q), k.NODE_ENV !== "production")
      for (const X in q)
        nt("Data", X), Cr(X[0]) || Object.defineProperty(i, X, {
          configurable: !0,
          enumerable: !0,
          get: () => q[X],
          set: Ot
        });
  }
  if (Ll = !0, l)
    for (const q in l) {
      const X = l[q], gt = Z(X) ? X.bind(n, n) : Z(X.get) ? X.get.bind(n, n) : Ot;
      k.NODE_ENV !== "production" && gt === Ot && I(`Computed property "${q}" has no getter.`);
      const fe = !Z(X) && Z(X.set) ? X.set.bind(n) : k.NODE_ENV !== "production" ? () => {
        I(
          `Write operation failed: computed property "${q}" is readonly.`
        );
      } : Ot, ne = uu({
        get: gt,
        set: fe
      });
      Object.defineProperty(i, q, {
        enumerable: !0,
        configurable: !0,
        get: () => ne.value,
        set: (It) => ne.value = It
      }), k.NODE_ENV !== "production" && nt("Computed", q);
    }
  if (r)
    for (const q in r)
      If(r[q], i, n, q);
  if (a) {
    const q = Z(a) ? a.call(n) : a;
    Reflect.ownKeys(q).forEach((X) => {
      C2(X, q[X]);
    });
  }
  f && Ma(f, e, "c");
  function tt(q, X) {
    Y(X) ? X.forEach((gt) => q(gt.bind(n))) : X && q(X.bind(n));
  }
  if (tt(i2, u), tt(s2, h), tt(o2, d), tt(l2, p), tt(t2, v), tt(e2, m), tt(u2, C), tt(f2, N), tt(c2, w), tt(r2, _), tt(Vf, P), tt(a2, S), Y($))
    if ($.length) {
      const q = e.exposed || (e.exposed = {});
      $.forEach((X) => {
        Object.defineProperty(q, X, {
          get: () => n[X],
          set: (gt) => n[X] = gt
        });
      });
    } else e.exposed || (e.exposed = {});
  M && e.render === Ot && (e.render = M), A != null && (e.inheritAttrs = A), j && (e.components = j), G && (e.directives = G), S && Pf(e);
}
function k2(e, t, n = Ot) {
  Y(e) && (e = Il(e));
  for (const i in e) {
    const o = e[i];
    let l;
    mt(o) ? "default" in o ? l = Us(
      o.from || i,
      o.default,
      !0
    ) : l = Us(o.from || i) : l = Us(o), St(l) ? Object.defineProperty(t, i, {
      enumerable: !0,
      configurable: !0,
      get: () => l.value,
      set: (s) => l.value = s
    }) : t[i] = l, k.NODE_ENV !== "production" && n("Inject", i);
  }
}
function Ma(e, t, n) {
  Ie(
    Y(e) ? e.map((i) => i.bind(t.proxy)) : e.bind(t.proxy),
    t,
    n
  );
}
function If(e, t, n, i) {
  let o = i.includes(".") ? Qf(n, i) : () => n[i];
  if (kt(e)) {
    const l = t[e];
    Z(l) ? il(o, l) : k.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${e}"`, l);
  } else if (Z(e))
    il(o, e.bind(n));
  else if (mt(e))
    if (Y(e))
      e.forEach((l) => If(l, t, n, i));
    else {
      const l = Z(e.handler) ? e.handler.bind(n) : t[e.handler];
      Z(l) ? il(o, l, e) : k.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${e.handler}"`, l);
    }
  else k.NODE_ENV !== "production" && I(`Invalid watch option: "${i}"`, e);
}
function $f(e) {
  const t = e.type, { mixins: n, extends: i } = t, {
    mixins: o,
    optionsCache: l,
    config: { optionMergeStrategies: s }
  } = e.appContext, r = l.get(t);
  let a;
  return r ? a = r : !o.length && !n && !i ? a = t : (a = {}, o.length && o.forEach(
    (c) => fo(a, c, s, !0)
  ), fo(a, t, s)), mt(t) && l.set(t, a), a;
}
function fo(e, t, n, i = !1) {
  const { mixins: o, extends: l } = t;
  l && fo(e, l, n, !0), o && o.forEach(
    (s) => fo(e, s, n, !0)
  );
  for (const s in t)
    if (i && s === "expose")
      k.NODE_ENV !== "production" && I(
        '"expose" option is ignored when declared in mixins or extends. It should only be declared in the base component itself.'
      );
    else {
      const r = w2[s] || n && n[s];
      e[s] = r ? r(e[s], t[s]) : t[s];
    }
  return e;
}
const w2 = {
  data: Ea,
  props: Da,
  emits: Da,
  // objects
  methods: Ri,
  computed: Ri,
  // lifecycle
  beforeCreate: Bt,
  created: Bt,
  beforeMount: Bt,
  mounted: Bt,
  beforeUpdate: Bt,
  updated: Bt,
  beforeDestroy: Bt,
  beforeUnmount: Bt,
  destroyed: Bt,
  unmounted: Bt,
  activated: Bt,
  deactivated: Bt,
  errorCaptured: Bt,
  serverPrefetch: Bt,
  // assets
  components: Ri,
  directives: Ri,
  // watch
  watch: M2,
  // provide / inject
  provide: Ea,
  inject: x2
};
function Ea(e, t) {
  return t ? e ? function() {
    return wt(
      Z(e) ? e.call(this, this) : e,
      Z(t) ? t.call(this, this) : t
    );
  } : t : e;
}
function x2(e, t) {
  return Ri(Il(e), Il(t));
}
function Il(e) {
  if (Y(e)) {
    const t = {};
    for (let n = 0; n < e.length; n++)
      t[e[n]] = e[n];
    return t;
  }
  return e;
}
function Bt(e, t) {
  return e ? [...new Set([].concat(e, t))] : t;
}
function Ri(e, t) {
  return e ? wt(/* @__PURE__ */ Object.create(null), e, t) : t;
}
function Da(e, t) {
  return e ? Y(e) && Y(t) ? [.../* @__PURE__ */ new Set([...e, ...t])] : wt(
    /* @__PURE__ */ Object.create(null),
    xa(e),
    xa(t ?? {})
  ) : t;
}
function M2(e, t) {
  if (!e) return t;
  if (!t) return e;
  const n = wt(/* @__PURE__ */ Object.create(null), e);
  for (const i in t)
    n[i] = Bt(e[i], t[i]);
  return n;
}
function zf() {
  return {
    app: null,
    config: {
      isNativeTag: Ih,
      performance: !1,
      globalProperties: {},
      optionMergeStrategies: {},
      errorHandler: void 0,
      warnHandler: void 0,
      compilerOptions: {}
    },
    mixins: [],
    components: {},
    directives: {},
    provides: /* @__PURE__ */ Object.create(null),
    optionsCache: /* @__PURE__ */ new WeakMap(),
    propsCache: /* @__PURE__ */ new WeakMap(),
    emitsCache: /* @__PURE__ */ new WeakMap()
  };
}
let E2 = 0;
function D2(e, t) {
  return function(i, o = null) {
    Z(i) || (i = wt({}, i)), o != null && !mt(o) && (k.NODE_ENV !== "production" && I("root props passed to app.mount() must be an object."), o = null);
    const l = zf(), s = /* @__PURE__ */ new WeakSet(), r = [];
    let a = !1;
    const c = l.app = {
      _uid: E2++,
      _component: i,
      _props: o,
      _container: null,
      _context: l,
      _instance: null,
      version: La,
      get config() {
        return l.config;
      },
      set config(f) {
        k.NODE_ENV !== "production" && I(
          "app.config cannot be replaced. Modify individual options instead."
        );
      },
      use(f, ...u) {
        return s.has(f) ? k.NODE_ENV !== "production" && I("Plugin has already been applied to target app.") : f && Z(f.install) ? (s.add(f), f.install(c, ...u)) : Z(f) ? (s.add(f), f(c, ...u)) : k.NODE_ENV !== "production" && I(
          'A plugin must either be a function or an object with an "install" function.'
        ), c;
      },
      mixin(f) {
        return l.mixins.includes(f) ? k.NODE_ENV !== "production" && I(
          "Mixin has already been applied to target app" + (f.name ? `: ${f.name}` : "")
        ) : l.mixins.push(f), c;
      },
      component(f, u) {
        return k.NODE_ENV !== "production" && jl(f, l.config), u ? (k.NODE_ENV !== "production" && l.components[f] && I(`Component "${f}" has already been registered in target app.`), l.components[f] = u, c) : l.components[f];
      },
      directive(f, u) {
        return k.NODE_ENV !== "production" && Sf(f), u ? (k.NODE_ENV !== "production" && l.directives[f] && I(`Directive "${f}" has already been registered in target app.`), l.directives[f] = u, c) : l.directives[f];
      },
      mount(f, u, h) {
        if (a)
          k.NODE_ENV !== "production" && I(
            "App has already been mounted.\nIf you want to remount the same app, move your app creation logic into a factory function and create fresh app instances for each mount - e.g. `const createMyApp = () => createApp(App)`"
          );
        else {
          k.NODE_ENV !== "production" && f.__vue_app__ && I(
            "There is already an app instance mounted on the host container.\n If you want to mount another app on the same host container, you need to unmount the previous app by calling `app.unmount()` first."
          );
          const d = c._ceVNode || oe(i, o);
          return d.appContext = l, h === !0 ? h = "svg" : h === !1 && (h = void 0), k.NODE_ENV !== "production" && (l.reload = () => {
            e(
              un(d),
              f,
              h
            );
          }), e(d, f, h), a = !0, c._container = f, f.__vue_app__ = c, k.NODE_ENV !== "production" && (c._instance = d.component, zd(c, La)), Sr(d.component);
        }
      },
      onUnmount(f) {
        k.NODE_ENV !== "production" && typeof f != "function" && I(
          `Expected function as first argument to app.onUnmount(), but got ${typeof f}`
        ), r.push(f);
      },
      unmount() {
        a ? (Ie(
          r,
          c._instance,
          16
        ), e(null, c._container), k.NODE_ENV !== "production" && (c._instance = null, Bd(c)), delete c._container.__vue_app__) : k.NODE_ENV !== "production" && I("Cannot unmount an app that is not mounted.");
      },
      provide(f, u) {
        return k.NODE_ENV !== "production" && f in l.provides && I(
          `App already provides property with key "${String(f)}". It will be overwritten with the new value.`
        ), l.provides[f] = u, c;
      },
      runWithContext(f) {
        const u = si;
        si = c;
        try {
          return f();
        } finally {
          si = u;
        }
      }
    };
    return c;
  };
}
let si = null;
function C2(e, t) {
  if (!Nt)
    k.NODE_ENV !== "production" && I("provide() can only be used inside setup().");
  else {
    let n = Nt.provides;
    const i = Nt.parent && Nt.parent.provides;
    i === n && (n = Nt.provides = Object.create(i)), n[e] = t;
  }
}
function Us(e, t, n = !1) {
  const i = Nt || Gt;
  if (i || si) {
    const o = si ? si._context.provides : i ? i.parent == null ? i.vnode.appContext && i.vnode.appContext.provides : i.parent.provides : void 0;
    if (o && e in o)
      return o[e];
    if (arguments.length > 1)
      return n && Z(t) ? t.call(i && i.proxy) : t;
    k.NODE_ENV !== "production" && I(`injection "${String(e)}" not found.`);
  } else k.NODE_ENV !== "production" && I("inject() can only be used inside setup() or functional components.");
}
const Bf = {}, Hf = () => Object.create(Bf), jf = (e) => Object.getPrototypeOf(e) === Bf;
function _2(e, t, n, i = !1) {
  const o = {}, l = Hf();
  e.propsDefaults = /* @__PURE__ */ Object.create(null), Wf(e, t, o, l);
  for (const s in e.propsOptions[0])
    s in o || (o[s] = void 0);
  k.NODE_ENV !== "production" && Uf(t || {}, o, e), n ? e.props = i ? o : xd(o) : e.type.props ? e.props = o : e.props = l, e.attrs = l;
}
function O2(e) {
  for (; e; ) {
    if (e.type.__hmrId) return !0;
    e = e.parent;
  }
}
function N2(e, t, n, i) {
  const {
    props: o,
    attrs: l,
    vnode: { patchFlag: s }
  } = e, r = st(o), [a] = e.propsOptions;
  let c = !1;
  if (
    // always force full diff in dev
    // - #1942 if hmr is enabled with sfc component
    // - vite#872 non-sfc component used by sfc component
    !(k.NODE_ENV !== "production" && O2(e)) && (i || s > 0) && !(s & 16)
  ) {
    if (s & 8) {
      const f = e.vnode.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        let h = f[u];
        if (zo(e.emitsOptions, h))
          continue;
        const d = t[h];
        if (a)
          if (at(l, h))
            d !== l[h] && (l[h] = d, c = !0);
          else {
            const p = At(h);
            o[p] = $l(
              a,
              r,
              p,
              d,
              e,
              !1
            );
          }
        else
          d !== l[h] && (l[h] = d, c = !0);
      }
    }
  } else {
    Wf(e, t, o, l) && (c = !0);
    let f;
    for (const u in r)
      (!t || // for camelCase
      !at(t, u) && // it's possible the original props was passed in as kebab-case
      // and converted to camelCase (#955)
      ((f = Qt(u)) === u || !at(t, f))) && (a ? n && // for camelCase
      (n[u] !== void 0 || // for kebab-case
      n[f] !== void 0) && (o[u] = $l(
        a,
        r,
        u,
        void 0,
        e,
        !0
      )) : delete o[u]);
    if (l !== r)
      for (const u in l)
        (!t || !at(t, u)) && (delete l[u], c = !0);
  }
  c && Ne(e.attrs, "set", ""), k.NODE_ENV !== "production" && Uf(t || {}, o, e);
}
function Wf(e, t, n, i) {
  const [o, l] = e.propsOptions;
  let s = !1, r;
  if (t)
    for (let a in t) {
      if (Ti(a))
        continue;
      const c = t[a];
      let f;
      o && at(o, f = At(a)) ? !l || !l.includes(f) ? n[f] = c : (r || (r = {}))[f] = c : zo(e.emitsOptions, a) || (!(a in i) || c !== i[a]) && (i[a] = c, s = !0);
    }
  if (l) {
    const a = st(n), c = r || dt;
    for (let f = 0; f < l.length; f++) {
      const u = l[f];
      n[u] = $l(
        o,
        a,
        u,
        c[u],
        e,
        !at(c, u)
      );
    }
  }
  return s;
}
function $l(e, t, n, i, o, l) {
  const s = e[n];
  if (s != null) {
    const r = at(s, "default");
    if (r && i === void 0) {
      const a = s.default;
      if (s.type !== Function && !s.skipFactory && Z(a)) {
        const { propsDefaults: c } = o;
        if (n in c)
          i = c[n];
        else {
          const f = as(o);
          i = c[n] = a.call(
            null,
            t
          ), f();
        }
      } else
        i = a;
      o.ce && o.ce._setProp(n, i);
    }
    s[
      0
      /* shouldCast */
    ] && (l && !r ? i = !1 : s[
      1
      /* shouldCastTrue */
    ] && (i === "" || i === Qt(n)) && (i = !0));
  }
  return i;
}
const S2 = /* @__PURE__ */ new WeakMap();
function qf(e, t, n = !1) {
  const i = n ? S2 : t.propsCache, o = i.get(e);
  if (o)
    return o;
  const l = e.props, s = {}, r = [];
  let a = !1;
  if (!Z(e)) {
    const f = (u) => {
      a = !0;
      const [h, d] = qf(u, t, !0);
      wt(s, h), d && r.push(...d);
    };
    !n && t.mixins.length && t.mixins.forEach(f), e.extends && f(e.extends), e.mixins && e.mixins.forEach(f);
  }
  if (!l && !a)
    return mt(e) && i.set(e, ei), ei;
  if (Y(l))
    for (let f = 0; f < l.length; f++) {
      k.NODE_ENV !== "production" && !kt(l[f]) && I("props must be strings when using array syntax.", l[f]);
      const u = At(l[f]);
      Ca(u) && (s[u] = dt);
    }
  else if (l) {
    k.NODE_ENV !== "production" && !mt(l) && I("invalid props options", l);
    for (const f in l) {
      const u = At(f);
      if (Ca(u)) {
        const h = l[f], d = s[u] = Y(h) || Z(h) ? { type: h } : wt({}, h), p = d.type;
        let v = !1, m = !0;
        if (Y(p))
          for (let y = 0; y < p.length; ++y) {
            const _ = p[y], O = Z(_) && _.name;
            if (O === "Boolean") {
              v = !0;
              break;
            } else O === "String" && (m = !1);
          }
        else
          v = Z(p) && p.name === "Boolean";
        d[
          0
          /* shouldCast */
        ] = v, d[
          1
          /* shouldCastTrue */
        ] = m, (v || at(d, "default")) && r.push(u);
      }
    }
  }
  const c = [s, r];
  return mt(e) && i.set(e, c), c;
}
function Ca(e) {
  return e[0] !== "$" && !Ti(e) ? !0 : (k.NODE_ENV !== "production" && I(`Invalid prop name: "${e}" is a reserved property.`), !1);
}
function R2(e) {
  return e === null ? "null" : typeof e == "function" ? e.name || "" : typeof e == "object" && e.constructor && e.constructor.name || "";
}
function Uf(e, t, n) {
  const i = st(t), o = n.propsOptions[0], l = Object.keys(e).map((s) => At(s));
  for (const s in o) {
    let r = o[s];
    r != null && F2(
      s,
      i[s],
      r,
      k.NODE_ENV !== "production" ? Re(i) : i,
      !l.includes(s)
    );
  }
}
function F2(e, t, n, i, o) {
  const { type: l, required: s, validator: r, skipCheck: a } = n;
  if (s && o) {
    I('Missing required prop: "' + e + '"');
    return;
  }
  if (!(t == null && !s)) {
    if (l != null && l !== !0 && !a) {
      let c = !1;
      const f = Y(l) ? l : [l], u = [];
      for (let h = 0; h < f.length && !c; h++) {
        const { valid: d, expectedType: p } = P2(t, f[h]);
        u.push(p || ""), c = d;
      }
      if (!c) {
        I(T2(e, t, u));
        return;
      }
    }
    r && !r(t, i) && I('Invalid prop: custom validator check failed for prop "' + e + '".');
  }
}
const A2 = /* @__PURE__ */ Ze(
  "String,Number,Boolean,Function,Symbol,BigInt"
);
function P2(e, t) {
  let n;
  const i = R2(t);
  if (i === "null")
    n = e === null;
  else if (A2(i)) {
    const o = typeof e;
    n = o === i.toLowerCase(), !n && o === "object" && (n = e instanceof t);
  } else i === "Object" ? n = mt(e) : i === "Array" ? n = Y(e) : n = e instanceof t;
  return {
    valid: n,
    expectedType: i
  };
}
function T2(e, t, n) {
  if (n.length === 0)
    return `Prop type [] for prop "${e}" won't match anything. Did you mean to use type Array instead?`;
  let i = `Invalid prop: type check failed for prop "${e}". Expected ${n.map($n).join(" | ")}`;
  const o = n[0], l = dr(t), s = _a(t, o), r = _a(t, l);
  return n.length === 1 && Oa(o) && !V2(o, l) && (i += ` with value ${s}`), i += `, got ${l} `, Oa(l) && (i += `with value ${r}.`), i;
}
function _a(e, t) {
  return t === "String" ? `"${e}"` : t === "Number" ? `${Number(e)}` : `${e}`;
}
function Oa(e) {
  return ["string", "number", "boolean"].some((n) => e.toLowerCase() === n);
}
function V2(...e) {
  return e.some((t) => t.toLowerCase() === "boolean");
}
const Gf = (e) => e[0] === "_" || e === "$stable", _r = (e) => Y(e) ? e.map(he) : [he(e)], L2 = (e, t, n) => {
  if (t._n)
    return t;
  const i = Yd((...o) => (k.NODE_ENV !== "production" && Nt && (!n || n.root === Nt.root) && I(
    `Slot "${e}" invoked outside of the render function: this will not track dependencies used in the slot. Invoke the slot function inside the render function instead.`
  ), _r(t(...o))), n);
  return i._c = !1, i;
}, Yf = (e, t, n) => {
  const i = e._ctx;
  for (const o in e) {
    if (Gf(o)) continue;
    const l = e[o];
    if (Z(l))
      t[o] = L2(o, l, i);
    else if (l != null) {
      k.NODE_ENV !== "production" && I(
        `Non-function value encountered for slot "${o}". Prefer function slots for better performance.`
      );
      const s = _r(l);
      t[o] = () => s;
    }
  }
}, Kf = (e, t) => {
  k.NODE_ENV !== "production" && !Dr(e.vnode) && I(
    "Non-function value encountered for default slot. Prefer function slots for better performance."
  );
  const n = _r(t);
  e.slots.default = () => n;
}, zl = (e, t, n) => {
  for (const i in t)
    (n || i !== "_") && (e[i] = t[i]);
}, I2 = (e, t, n) => {
  const i = e.slots = Hf();
  if (e.vnode.shapeFlag & 32) {
    const o = t._;
    o ? (zl(i, t, n), n && io(i, "_", o, !0)) : Yf(t, i);
  } else t && Kf(e, t);
}, $2 = (e, t, n) => {
  const { vnode: i, slots: o } = e;
  let l = !0, s = dt;
  if (i.shapeFlag & 32) {
    const r = t._;
    r ? k.NODE_ENV !== "production" && pe ? (zl(o, t, n), Ne(e, "set", "$slots")) : n && r === 1 ? l = !1 : zl(o, t, n) : (l = !t.$stable, Yf(t, o)), s = t;
  } else t && (Kf(e, t), s = { default: 1 });
  if (l)
    for (const r in o)
      !Gf(r) && s[r] == null && delete o[r];
};
let Mi, rn;
function Un(e, t) {
  e.appContext.config.performance && uo() && rn.mark(`vue-${t}-${e.uid}`), k.NODE_ENV !== "production" && qd(e, t, uo() ? rn.now() : Date.now());
}
function Gn(e, t) {
  if (e.appContext.config.performance && uo()) {
    const n = `vue-${t}-${e.uid}`, i = n + ":end";
    rn.mark(i), rn.measure(
      `<${Ho(e, e.type)}> ${t}`,
      n,
      i
    ), rn.clearMarks(n), rn.clearMarks(i);
  }
  k.NODE_ENV !== "production" && Ud(e, t, uo() ? rn.now() : Date.now());
}
function uo() {
  return Mi !== void 0 || (typeof window < "u" && window.performance ? (Mi = !0, rn = window.performance) : Mi = !1), Mi;
}
function z2() {
  const e = [];
  if (k.NODE_ENV !== "production" && e.length) {
    const t = e.length > 1;
    console.warn(
      `Feature flag${t ? "s" : ""} ${e.join(", ")} ${t ? "are" : "is"} not explicitly defined. You are running the esm-bundler build of Vue, which expects these compile-time feature flags to be globally injected via the bundler config in order to get better tree-shaking in the production bundle.

For more details, see https://link.vuejs.org/feature-flags.`
    );
  }
}
const Ht = t3;
function B2(e) {
  return H2(e);
}
function H2(e, t) {
  z2();
  const n = ss();
  n.__VUE__ = !0, k.NODE_ENV !== "production" && Cf(n.__VUE_DEVTOOLS_GLOBAL_HOOK__, n);
  const {
    insert: i,
    remove: o,
    patchProp: l,
    createElement: s,
    createText: r,
    createComment: a,
    setText: c,
    setElementText: f,
    parentNode: u,
    nextSibling: h,
    setScopeId: d = Ot,
    insertStaticContent: p
  } = e, v = (g, b, E, T = null, R = null, F = null, H = void 0, B = null, z = k.NODE_ENV !== "production" && pe ? !1 : !!b.dynamicChildren) => {
    if (g === b)
      return;
    g && !Ei(g, b) && (T = ds(g), Rt(g, R, F, !0), g = null), b.patchFlag === -2 && (z = !1, b.dynamicChildren = null);
    const { type: V, ref: K, shapeFlag: W } = b;
    switch (V) {
      case rs:
        m(g, b, E, T);
        break;
      case ee:
        y(g, b, E, T);
        break;
      case Gs:
        g == null ? _(b, E, T, H) : k.NODE_ENV !== "production" && O(g, b, E, H);
        break;
      case Oe:
        G(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        );
        break;
      default:
        W & 1 ? N(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        ) : W & 6 ? bt(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        ) : W & 64 || W & 128 ? V.process(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z,
          yi
        ) : k.NODE_ENV !== "production" && I("Invalid VNode type:", V, `(${typeof V})`);
    }
    K != null && R && co(K, g && g.ref, F, b || g, !b);
  }, m = (g, b, E, T) => {
    if (g == null)
      i(
        b.el = r(b.children),
        E,
        T
      );
    else {
      const R = b.el = g.el;
      b.children !== g.children && c(R, b.children);
    }
  }, y = (g, b, E, T) => {
    g == null ? i(
      b.el = a(b.children || ""),
      E,
      T
    ) : b.el = g.el;
  }, _ = (g, b, E, T) => {
    [g.el, g.anchor] = p(
      g.children,
      b,
      E,
      T,
      g.el,
      g.anchor
    );
  }, O = (g, b, E, T) => {
    if (b.children !== g.children) {
      const R = h(g.anchor);
      M(g), [b.el, b.anchor] = p(
        b.children,
        E,
        R,
        T
      );
    } else
      b.el = g.el, b.anchor = g.anchor;
  }, P = ({ el: g, anchor: b }, E, T) => {
    let R;
    for (; g && g !== b; )
      R = h(g), i(g, E, T), g = R;
    i(b, E, T);
  }, M = ({ el: g, anchor: b }) => {
    let E;
    for (; g && g !== b; )
      E = h(g), o(g), g = E;
    o(b);
  }, N = (g, b, E, T, R, F, H, B, z) => {
    b.type === "svg" ? H = "svg" : b.type === "math" && (H = "mathml"), g == null ? w(
      b,
      E,
      T,
      R,
      F,
      H,
      B,
      z
    ) : $(
      g,
      b,
      R,
      F,
      H,
      B,
      z
    );
  }, w = (g, b, E, T, R, F, H, B) => {
    let z, V;
    const { props: K, shapeFlag: W, transition: U, dirs: Q } = g;
    if (z = g.el = s(
      g.type,
      F,
      K && K.is,
      K
    ), W & 8 ? f(z, g.children) : W & 16 && S(
      g.children,
      z,
      null,
      T,
      R,
      nl(g, F),
      H,
      B
    ), Q && bn(g, null, T, "created"), C(z, g, g.scopeId, H, T), K) {
      for (const vt in K)
        vt !== "value" && !Ti(vt) && l(z, vt, null, K[vt], F, T);
      "value" in K && l(z, "value", null, K.value, F), (V = K.onVnodeBeforeMount) && xe(V, T, g);
    }
    k.NODE_ENV !== "production" && (io(z, "__vnode", g, !0), io(z, "__vueParentComponent", T, !0)), Q && bn(g, null, T, "beforeMount");
    const rt = j2(R, U);
    rt && U.beforeEnter(z), i(z, b, E), ((V = K && K.onVnodeMounted) || rt || Q) && Ht(() => {
      V && xe(V, T, g), rt && U.enter(z), Q && bn(g, null, T, "mounted");
    }, R);
  }, C = (g, b, E, T, R) => {
    if (E && d(g, E), T)
      for (let F = 0; F < T.length; F++)
        d(g, T[F]);
    if (R) {
      let F = R.subTree;
      if (k.NODE_ENV !== "production" && F.patchFlag > 0 && F.patchFlag & 2048 && (F = Or(F.children) || F), b === F || eu(F.type) && (F.ssContent === b || F.ssFallback === b)) {
        const H = R.vnode;
        C(
          g,
          H,
          H.scopeId,
          H.slotScopeIds,
          R.parent
        );
      }
    }
  }, S = (g, b, E, T, R, F, H, B, z = 0) => {
    for (let V = z; V < g.length; V++) {
      const K = g[V] = B ? sn(g[V]) : he(g[V]);
      v(
        null,
        K,
        b,
        E,
        T,
        R,
        F,
        H,
        B
      );
    }
  }, $ = (g, b, E, T, R, F, H) => {
    const B = b.el = g.el;
    k.NODE_ENV !== "production" && (B.__vnode = b);
    let { patchFlag: z, dynamicChildren: V, dirs: K } = b;
    z |= g.patchFlag & 16;
    const W = g.props || dt, U = b.props || dt;
    let Q;
    if (E && yn(E, !1), (Q = U.onVnodeBeforeUpdate) && xe(Q, E, b, g), K && bn(b, g, E, "beforeUpdate"), E && yn(E, !0), k.NODE_ENV !== "production" && pe && (z = 0, H = !1, V = null), (W.innerHTML && U.innerHTML == null || W.textContent && U.textContent == null) && f(B, ""), V ? (A(
      g.dynamicChildren,
      V,
      B,
      E,
      T,
      nl(b, R),
      F
    ), k.NODE_ENV !== "production" && $i(g, b)) : H || gt(
      g,
      b,
      B,
      null,
      E,
      T,
      nl(b, R),
      F,
      !1
    ), z > 0) {
      if (z & 16)
        j(B, W, U, E, R);
      else if (z & 2 && W.class !== U.class && l(B, "class", null, U.class, R), z & 4 && l(B, "style", W.style, U.style, R), z & 8) {
        const rt = b.dynamicProps;
        for (let vt = 0; vt < rt.length; vt++) {
          const ut = rt[vt], Kt = W[ut], Wt = U[ut];
          (Wt !== Kt || ut === "value") && l(B, ut, Kt, Wt, R, E);
        }
      }
      z & 1 && g.children !== b.children && f(B, b.children);
    } else !H && V == null && j(B, W, U, E, R);
    ((Q = U.onVnodeUpdated) || K) && Ht(() => {
      Q && xe(Q, E, b, g), K && bn(b, g, E, "updated");
    }, T);
  }, A = (g, b, E, T, R, F, H) => {
    for (let B = 0; B < b.length; B++) {
      const z = g[B], V = b[B], K = (
        // oldVNode may be an errored async setup() component inside Suspense
        // which will not have a mounted element
        z.el && // - In the case of a Fragment, we need to provide the actual parent
        // of the Fragment itself so it can move its children.
        (z.type === Oe || // - In the case of different nodes, there is going to be a replacement
        // which also requires the correct parent container
        !Ei(z, V) || // - In the case of a component, it could contain anything.
        z.shapeFlag & 70) ? u(z.el) : (
          // In other cases, the parent container is not actually used so we
          // just pass the block element here to avoid a DOM parentNode call.
          E
        )
      );
      v(
        z,
        V,
        K,
        null,
        T,
        R,
        F,
        H,
        !0
      );
    }
  }, j = (g, b, E, T, R) => {
    if (b !== E) {
      if (b !== dt)
        for (const F in b)
          !Ti(F) && !(F in E) && l(
            g,
            F,
            b[F],
            null,
            R,
            T
          );
      for (const F in E) {
        if (Ti(F)) continue;
        const H = E[F], B = b[F];
        H !== B && F !== "value" && l(g, F, B, H, R, T);
      }
      "value" in E && l(g, "value", b.value, E.value, R);
    }
  }, G = (g, b, E, T, R, F, H, B, z) => {
    const V = b.el = g ? g.el : r(""), K = b.anchor = g ? g.anchor : r("");
    let { patchFlag: W, dynamicChildren: U, slotScopeIds: Q } = b;
    k.NODE_ENV !== "production" && // #5523 dev root fragment may inherit directives
    (pe || W & 2048) && (W = 0, z = !1, U = null), Q && (B = B ? B.concat(Q) : Q), g == null ? (i(V, E, T), i(K, E, T), S(
      // #10007
      // such fragment like `<></>` will be compiled into
      // a fragment which doesn't have a children.
      // In this case fallback to an empty array
      b.children || [],
      E,
      K,
      R,
      F,
      H,
      B,
      z
    )) : W > 0 && W & 64 && U && // #2715 the previous fragment could've been a BAILed one as a result
    // of renderSlot() with no valid children
    g.dynamicChildren ? (A(
      g.dynamicChildren,
      U,
      E,
      R,
      F,
      H,
      B
    ), k.NODE_ENV !== "production" ? $i(g, b) : (
      // #2080 if the stable fragment has a key, it's a <template v-for> that may
      //  get moved around. Make sure all root level vnodes inherit el.
      // #2134 or if it's a component root, it may also get moved around
      // as the component is being moved.
      (b.key != null || R && b === R.subTree) && $i(
        g,
        b,
        !0
        /* shallow */
      )
    )) : gt(
      g,
      b,
      E,
      K,
      R,
      F,
      H,
      B,
      z
    );
  }, bt = (g, b, E, T, R, F, H, B, z) => {
    b.slotScopeIds = B, g == null ? b.shapeFlag & 512 ? R.ctx.activate(
      b,
      E,
      T,
      H,
      z
    ) : nt(
      b,
      E,
      T,
      R,
      F,
      H,
      z
    ) : tt(g, b, z);
  }, nt = (g, b, E, T, R, F, H) => {
    const B = g.component = a3(
      g,
      T,
      R
    );
    if (k.NODE_ENV !== "production" && B.type.__hmrId && Vd(B), k.NODE_ENV !== "production" && (Hs(g), Un(B, "mount")), Dr(g) && (B.ctx.renderer = yi), k.NODE_ENV !== "production" && Un(B, "init"), u3(B, !1, H), k.NODE_ENV !== "production" && Gn(B, "init"), B.asyncDep) {
      if (k.NODE_ENV !== "production" && pe && (g.el = null), R && R.registerDep(B, q, H), !g.el) {
        const z = B.subTree = oe(ee);
        y(null, z, b, E);
      }
    } else
      q(
        B,
        g,
        b,
        E,
        R,
        F,
        H
      );
    k.NODE_ENV !== "production" && (js(), Gn(B, "mount"));
  }, tt = (g, b, E) => {
    const T = b.component = g.component;
    if (Q2(g, b, E))
      if (T.asyncDep && !T.asyncResolved) {
        k.NODE_ENV !== "production" && Hs(b), X(T, b, E), k.NODE_ENV !== "production" && js();
        return;
      } else
        T.next = b, T.update();
    else
      b.el = g.el, T.vnode = b;
  }, q = (g, b, E, T, R, F, H) => {
    const B = () => {
      if (g.isMounted) {
        let { next: W, bu: U, u: Q, parent: rt, vnode: vt } = g;
        {
          const ke = Xf(g);
          if (ke) {
            W && (W.el = vt.el, X(g, W, H)), ke.asyncDep.then(() => {
              g.isUnmounted || B();
            });
            return;
          }
        }
        let ut = W, Kt;
        k.NODE_ENV !== "production" && Hs(W || g.vnode), yn(g, !1), W ? (W.el = vt.el, X(g, W, H)) : W = vt, U && wi(U), (Kt = W.props && W.props.onVnodeBeforeUpdate) && xe(Kt, rt, W, vt), yn(g, !0), k.NODE_ENV !== "production" && Un(g, "render");
        const Wt = Sa(g);
        k.NODE_ENV !== "production" && Gn(g, "render");
        const ye = g.subTree;
        g.subTree = Wt, k.NODE_ENV !== "production" && Un(g, "patch"), v(
          ye,
          Wt,
          // parent may have changed if it's in a teleport
          u(ye.el),
          // anchor may have changed if it's in a fragment
          ds(ye),
          g,
          R,
          F
        ), k.NODE_ENV !== "production" && Gn(g, "patch"), W.el = Wt.el, ut === null && J2(g, Wt.el), Q && Ht(Q, R), (Kt = W.props && W.props.onVnodeUpdated) && Ht(
          () => xe(Kt, rt, W, vt),
          R
        ), k.NODE_ENV !== "production" && _f(g), k.NODE_ENV !== "production" && js();
      } else {
        let W;
        const { el: U, props: Q } = b, { bm: rt, m: vt, parent: ut, root: Kt, type: Wt } = g, ye = Ii(b);
        yn(g, !1), rt && wi(rt), !ye && (W = Q && Q.onVnodeBeforeMount) && xe(W, ut, b), yn(g, !0);
        {
          Kt.ce && Kt.ce._injectChildStyle(Wt), k.NODE_ENV !== "production" && Un(g, "render");
          const ke = g.subTree = Sa(g);
          k.NODE_ENV !== "production" && Gn(g, "render"), k.NODE_ENV !== "production" && Un(g, "patch"), v(
            null,
            ke,
            E,
            T,
            g,
            R,
            F
          ), k.NODE_ENV !== "production" && Gn(g, "patch"), b.el = ke.el;
        }
        if (vt && Ht(vt, R), !ye && (W = Q && Q.onVnodeMounted)) {
          const ke = b;
          Ht(
            () => xe(W, ut, ke),
            R
          );
        }
        (b.shapeFlag & 256 || ut && Ii(ut.vnode) && ut.vnode.shapeFlag & 256) && g.a && Ht(g.a, R), g.isMounted = !0, k.NODE_ENV !== "production" && Hd(g), b = E = T = null;
      }
    };
    g.scope.on();
    const z = g.effect = new Qc(B);
    g.scope.off();
    const V = g.update = z.run.bind(z), K = g.job = z.runIfDirty.bind(z);
    K.i = g, K.id = g.uid, z.scheduler = () => Io(K), yn(g, !0), k.NODE_ENV !== "production" && (z.onTrack = g.rtc ? (W) => wi(g.rtc, W) : void 0, z.onTrigger = g.rtg ? (W) => wi(g.rtg, W) : void 0), V();
  }, X = (g, b, E) => {
    b.component = g;
    const T = g.vnode.props;
    g.vnode = b, g.next = null, N2(g, b.props, T, E), $2(g, b.children, E), Qe(), ga(g), Je();
  }, gt = (g, b, E, T, R, F, H, B, z = !1) => {
    const V = g && g.children, K = g ? g.shapeFlag : 0, W = b.children, { patchFlag: U, shapeFlag: Q } = b;
    if (U > 0) {
      if (U & 128) {
        ne(
          V,
          W,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        );
        return;
      } else if (U & 256) {
        fe(
          V,
          W,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        );
        return;
      }
    }
    Q & 8 ? (K & 16 && bi(V, R, F), W !== V && f(E, W)) : K & 16 ? Q & 16 ? ne(
      V,
      W,
      E,
      T,
      R,
      F,
      H,
      B,
      z
    ) : bi(V, R, F, !0) : (K & 8 && f(E, ""), Q & 16 && S(
      W,
      E,
      T,
      R,
      F,
      H,
      B,
      z
    ));
  }, fe = (g, b, E, T, R, F, H, B, z) => {
    g = g || ei, b = b || ei;
    const V = g.length, K = b.length, W = Math.min(V, K);
    let U;
    for (U = 0; U < W; U++) {
      const Q = b[U] = z ? sn(b[U]) : he(b[U]);
      v(
        g[U],
        Q,
        E,
        null,
        R,
        F,
        H,
        B,
        z
      );
    }
    V > K ? bi(
      g,
      R,
      F,
      !0,
      !1,
      W
    ) : S(
      b,
      E,
      T,
      R,
      F,
      H,
      B,
      z,
      W
    );
  }, ne = (g, b, E, T, R, F, H, B, z) => {
    let V = 0;
    const K = b.length;
    let W = g.length - 1, U = K - 1;
    for (; V <= W && V <= U; ) {
      const Q = g[V], rt = b[V] = z ? sn(b[V]) : he(b[V]);
      if (Ei(Q, rt))
        v(
          Q,
          rt,
          E,
          null,
          R,
          F,
          H,
          B,
          z
        );
      else
        break;
      V++;
    }
    for (; V <= W && V <= U; ) {
      const Q = g[W], rt = b[U] = z ? sn(b[U]) : he(b[U]);
      if (Ei(Q, rt))
        v(
          Q,
          rt,
          E,
          null,
          R,
          F,
          H,
          B,
          z
        );
      else
        break;
      W--, U--;
    }
    if (V > W) {
      if (V <= U) {
        const Q = U + 1, rt = Q < K ? b[Q].el : T;
        for (; V <= U; )
          v(
            null,
            b[V] = z ? sn(b[V]) : he(b[V]),
            E,
            rt,
            R,
            F,
            H,
            B,
            z
          ), V++;
      }
    } else if (V > U)
      for (; V <= W; )
        Rt(g[V], R, F, !0), V++;
    else {
      const Q = V, rt = V, vt = /* @__PURE__ */ new Map();
      for (V = rt; V <= U; V++) {
        const $t = b[V] = z ? sn(b[V]) : he(b[V]);
        $t.key != null && (k.NODE_ENV !== "production" && vt.has($t.key) && I(
          "Duplicate keys found during update:",
          JSON.stringify($t.key),
          "Make sure keys are unique."
        ), vt.set($t.key, V));
      }
      let ut, Kt = 0;
      const Wt = U - rt + 1;
      let ye = !1, ke = 0;
      const ki = new Array(Wt);
      for (V = 0; V < Wt; V++) ki[V] = 0;
      for (V = Q; V <= W; V++) {
        const $t = g[V];
        if (Kt >= Wt) {
          Rt($t, R, F, !0);
          continue;
        }
        let we;
        if ($t.key != null)
          we = vt.get($t.key);
        else
          for (ut = rt; ut <= U; ut++)
            if (ki[ut - rt] === 0 && Ei($t, b[ut])) {
              we = ut;
              break;
            }
        we === void 0 ? Rt($t, R, F, !0) : (ki[we - rt] = V + 1, we >= ke ? ke = we : ye = !0, v(
          $t,
          b[we],
          E,
          null,
          R,
          F,
          H,
          B,
          z
        ), Kt++);
      }
      const aa = ye ? W2(ki) : ei;
      for (ut = aa.length - 1, V = Wt - 1; V >= 0; V--) {
        const $t = rt + V, we = b[$t], ca = $t + 1 < K ? b[$t + 1].el : T;
        ki[V] === 0 ? v(
          null,
          we,
          E,
          ca,
          R,
          F,
          H,
          B,
          z
        ) : ye && (ut < 0 || V !== aa[ut] ? It(we, E, ca, 2) : ut--);
      }
    }
  }, It = (g, b, E, T, R = null) => {
    const { el: F, type: H, transition: B, children: z, shapeFlag: V } = g;
    if (V & 6) {
      It(g.component.subTree, b, E, T);
      return;
    }
    if (V & 128) {
      g.suspense.move(b, E, T);
      return;
    }
    if (V & 64) {
      H.move(g, b, E, yi);
      return;
    }
    if (H === Oe) {
      i(F, b, E);
      for (let W = 0; W < z.length; W++)
        It(z[W], b, E, T);
      i(g.anchor, b, E);
      return;
    }
    if (H === Gs) {
      P(g, b, E);
      return;
    }
    if (T !== 2 && V & 1 && B)
      if (T === 0)
        B.beforeEnter(F), i(F, b, E), Ht(() => B.enter(F), R);
      else {
        const { leave: W, delayLeave: U, afterLeave: Q } = B, rt = () => i(F, b, E), vt = () => {
          W(F, () => {
            rt(), Q && Q();
          });
        };
        U ? U(F, rt, vt) : vt();
      }
    else
      i(F, b, E);
  }, Rt = (g, b, E, T = !1, R = !1) => {
    const {
      type: F,
      props: H,
      ref: B,
      children: z,
      dynamicChildren: V,
      shapeFlag: K,
      patchFlag: W,
      dirs: U,
      cacheIndex: Q
    } = g;
    if (W === -2 && (R = !1), B != null && co(B, null, E, g, !0), Q != null && (b.renderCache[Q] = void 0), K & 256) {
      b.ctx.deactivate(g);
      return;
    }
    const rt = K & 1 && U, vt = !Ii(g);
    let ut;
    if (vt && (ut = H && H.onVnodeBeforeUnmount) && xe(ut, b, g), K & 6)
      ze(g.component, E, T);
    else {
      if (K & 128) {
        g.suspense.unmount(E, T);
        return;
      }
      rt && bn(g, null, b, "beforeUnmount"), K & 64 ? g.type.remove(
        g,
        b,
        E,
        yi,
        T
      ) : V && // #5154
      // when v-once is used inside a block, setBlockTracking(-1) marks the
      // parent block with hasOnce: true
      // so that it doesn't take the fast path during unmount - otherwise
      // components nested in v-once are never unmounted.
      !V.hasOnce && // #1153: fast path should not be taken for non-stable (v-for) fragments
      (F !== Oe || W > 0 && W & 64) ? bi(
        V,
        b,
        E,
        !1,
        !0
      ) : (F === Oe && W & 384 || !R && K & 16) && bi(z, b, E), T && ue(g);
    }
    (vt && (ut = H && H.onVnodeUnmounted) || rt) && Ht(() => {
      ut && xe(ut, b, g), rt && bn(g, null, b, "unmounted");
    }, E);
  }, ue = (g) => {
    const { type: b, el: E, anchor: T, transition: R } = g;
    if (b === Oe) {
      k.NODE_ENV !== "production" && g.patchFlag > 0 && g.patchFlag & 2048 && R && !R.persisted ? g.children.forEach((H) => {
        H.type === ee ? o(H.el) : ue(H);
      }) : mn(E, T);
      return;
    }
    if (b === Gs) {
      M(g);
      return;
    }
    const F = () => {
      o(E), R && !R.persisted && R.afterLeave && R.afterLeave();
    };
    if (g.shapeFlag & 1 && R && !R.persisted) {
      const { leave: H, delayLeave: B } = R, z = () => H(E, F);
      B ? B(g.el, F, z) : z();
    } else
      F();
  }, mn = (g, b) => {
    let E;
    for (; g !== b; )
      E = h(g), o(g), g = E;
    o(b);
  }, ze = (g, b, E) => {
    k.NODE_ENV !== "production" && g.type.__hmrId && Ld(g);
    const { bum: T, scope: R, job: F, subTree: H, um: B, m: z, a: V } = g;
    Na(z), Na(V), T && wi(T), R.stop(), F && (F.flags |= 8, Rt(H, g, b, E)), B && Ht(B, b), Ht(() => {
      g.isUnmounted = !0;
    }, b), b && b.pendingBranch && !b.isUnmounted && g.asyncDep && !g.asyncResolved && g.suspenseId === b.pendingId && (b.deps--, b.deps === 0 && b.resolve()), k.NODE_ENV !== "production" && Wd(g);
  }, bi = (g, b, E, T = !1, R = !1, F = 0) => {
    for (let H = F; H < g.length; H++)
      Rt(g[H], b, E, T, R);
  }, ds = (g) => {
    if (g.shapeFlag & 6)
      return ds(g.component.subTree);
    if (g.shapeFlag & 128)
      return g.suspense.next();
    const b = h(g.anchor || g.el), E = b && b[Rf];
    return E ? h(E) : b;
  };
  let Yo = !1;
  const ra = (g, b, E) => {
    g == null ? b._vnode && Rt(b._vnode, null, null, !0) : v(
      b._vnode || null,
      g,
      b,
      null,
      null,
      null,
      E
    ), b._vnode = g, Yo || (Yo = !0, ga(), Mf(), Yo = !1);
  }, yi = {
    p: v,
    um: Rt,
    m: It,
    r: ue,
    mt: nt,
    mc: S,
    pc: gt,
    pbc: A,
    n: ds,
    o: e
  };
  return {
    render: ra,
    hydrate: void 0,
    createApp: D2(ra)
  };
}
function nl({ type: e, props: t }, n) {
  return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function yn({ effect: e, job: t }, n) {
  n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function j2(e, t) {
  return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function $i(e, t, n = !1) {
  const i = e.children, o = t.children;
  if (Y(i) && Y(o))
    for (let l = 0; l < i.length; l++) {
      const s = i[l];
      let r = o[l];
      r.shapeFlag & 1 && !r.dynamicChildren && ((r.patchFlag <= 0 || r.patchFlag === 32) && (r = o[l] = sn(o[l]), r.el = s.el), !n && r.patchFlag !== -2 && $i(s, r)), r.type === rs && (r.el = s.el), k.NODE_ENV !== "production" && r.type === ee && !r.el && (r.el = s.el);
    }
}
function W2(e) {
  const t = e.slice(), n = [0];
  let i, o, l, s, r;
  const a = e.length;
  for (i = 0; i < a; i++) {
    const c = e[i];
    if (c !== 0) {
      if (o = n[n.length - 1], e[o] < c) {
        t[i] = o, n.push(i);
        continue;
      }
      for (l = 0, s = n.length - 1; l < s; )
        r = l + s >> 1, e[n[r]] < c ? l = r + 1 : s = r;
      c < e[n[l]] && (l > 0 && (t[i] = n[l - 1]), n[l] = i);
    }
  }
  for (l = n.length, s = n[l - 1]; l-- > 0; )
    n[l] = s, s = t[s];
  return n;
}
function Xf(e) {
  const t = e.subTree.component;
  if (t)
    return t.asyncDep && !t.asyncResolved ? t : Xf(t);
}
function Na(e) {
  if (e)
    for (let t = 0; t < e.length; t++)
      e[t].flags |= 8;
}
const q2 = Symbol.for("v-scx"), U2 = () => {
  {
    const e = Us(q2);
    return e || k.NODE_ENV !== "production" && I(
      "Server rendering context not provided. Make sure to only call useSSRContext() conditionally in the server build."
    ), e;
  }
};
function il(e, t, n) {
  return k.NODE_ENV !== "production" && !Z(t) && I(
    "`watch(fn, options?)` signature has been moved to a separate API. Use `watchEffect(fn, options?)` instead. `watch` now only supports `watch(source, cb, options?) signature."
  ), Zf(e, t, n);
}
function Zf(e, t, n = dt) {
  const { immediate: i, deep: o, flush: l, once: s } = n;
  k.NODE_ENV !== "production" && !t && (i !== void 0 && I(
    'watch() "immediate" option is only respected when using the watch(source, callback, options?) signature.'
  ), o !== void 0 && I(
    'watch() "deep" option is only respected when using the watch(source, callback, options?) signature.'
  ), s !== void 0 && I(
    'watch() "once" option is only respected when using the watch(source, callback, options?) signature.'
  ));
  const r = wt({}, n);
  k.NODE_ENV !== "production" && (r.onWarn = I);
  const a = t && i || !t && l !== "post";
  let c;
  if (Ki) {
    if (l === "sync") {
      const d = U2();
      c = d.__watcherHandles || (d.__watcherHandles = []);
    } else if (!a) {
      const d = () => {
      };
      return d.stop = Ot, d.resume = Ot, d.pause = Ot, d;
    }
  }
  const f = Nt;
  r.call = (d, p, v) => Ie(d, f, p, v);
  let u = !1;
  l === "post" ? r.scheduler = (d) => {
    Ht(d, f && f.suspense);
  } : l !== "sync" && (u = !0, r.scheduler = (d, p) => {
    p ? d() : Io(d);
  }), r.augmentJob = (d) => {
    t && (d.flags |= 4), u && (d.flags |= 2, f && (d.id = f.uid, d.i = f));
  };
  const h = Od(e, t, r);
  return Ki && (c ? c.push(h) : a && h()), h;
}
function G2(e, t, n) {
  const i = this.proxy, o = kt(e) ? e.includes(".") ? Qf(i, e) : () => i[e] : e.bind(i, i);
  let l;
  Z(t) ? l = t : (l = t.handler, n = t);
  const s = as(this), r = Zf(o, l.bind(i), n);
  return s(), r;
}
function Qf(e, t) {
  const n = t.split(".");
  return () => {
    let i = e;
    for (let o = 0; o < n.length && i; o++)
      i = i[n[o]];
    return i;
  };
}
const Y2 = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${At(t)}Modifiers`] || e[`${Qt(t)}Modifiers`];
function K2(e, t, ...n) {
  if (e.isUnmounted) return;
  const i = e.vnode.props || dt;
  if (k.NODE_ENV !== "production") {
    const {
      emitsOptions: f,
      propsOptions: [u]
    } = e;
    if (f)
      if (!(t in f))
        (!u || !(Mn(At(t)) in u)) && I(
          `Component emitted event "${t}" but it is neither declared in the emits option nor as an "${Mn(At(t))}" prop.`
        );
      else {
        const h = f[t];
        Z(h) && (h(...n) || I(
          `Invalid event arguments: event validation failed for event "${t}".`
        ));
      }
  }
  let o = n;
  const l = t.startsWith("update:"), s = l && Y2(i, t.slice(7));
  if (s && (s.trim && (o = n.map((f) => kt(f) ? f.trim() : f)), s.number && (o = n.map(jh))), k.NODE_ENV !== "production" && Gd(e, t, o), k.NODE_ENV !== "production") {
    const f = t.toLowerCase();
    f !== t && i[Mn(f)] && I(
      `Event "${f}" is emitted in component ${Ho(
        e,
        e.type
      )} but the handler is registered for "${t}". Note that HTML attributes are case-insensitive and you cannot use v-on to listen to camelCase events when using in-DOM templates. You should probably use "${Qt(
        t
      )}" instead of "${t}".`
    );
  }
  let r, a = i[r = Mn(t)] || // also try camelCase event handler (#2249)
  i[r = Mn(At(t))];
  !a && l && (a = i[r = Mn(Qt(t))]), a && Ie(
    a,
    e,
    6,
    o
  );
  const c = i[r + "Once"];
  if (c) {
    if (!e.emitted)
      e.emitted = {};
    else if (e.emitted[r])
      return;
    e.emitted[r] = !0, Ie(
      c,
      e,
      6,
      o
    );
  }
}
function Jf(e, t, n = !1) {
  const i = t.emitsCache, o = i.get(e);
  if (o !== void 0)
    return o;
  const l = e.emits;
  let s = {}, r = !1;
  if (!Z(e)) {
    const a = (c) => {
      const f = Jf(c, t, !0);
      f && (r = !0, wt(s, f));
    };
    !n && t.mixins.length && t.mixins.forEach(a), e.extends && a(e.extends), e.mixins && e.mixins.forEach(a);
  }
  return !l && !r ? (mt(e) && i.set(e, null), null) : (Y(l) ? l.forEach((a) => s[a] = null) : wt(s, l), mt(e) && i.set(e, s), s);
}
function zo(e, t) {
  return !e || !is(t) ? !1 : (t = t.slice(2).replace(/Once$/, ""), at(e, t[0].toLowerCase() + t.slice(1)) || at(e, Qt(t)) || at(e, t));
}
let Bl = !1;
function ho() {
  Bl = !0;
}
function Sa(e) {
  const {
    type: t,
    vnode: n,
    proxy: i,
    withProxy: o,
    propsOptions: [l],
    slots: s,
    attrs: r,
    emit: a,
    render: c,
    renderCache: f,
    props: u,
    data: h,
    setupState: d,
    ctx: p,
    inheritAttrs: v
  } = e, m = ao(e);
  let y, _;
  k.NODE_ENV !== "production" && (Bl = !1);
  try {
    if (n.shapeFlag & 4) {
      const M = o || i, N = k.NODE_ENV !== "production" && d.__isScriptSetup ? new Proxy(M, {
        get(w, C, S) {
          return I(
            `Property '${String(
              C
            )}' was accessed via 'this'. Avoid using 'this' in templates.`
          ), Reflect.get(w, C, S);
        }
      }) : M;
      y = he(
        c.call(
          N,
          M,
          f,
          k.NODE_ENV !== "production" ? Re(u) : u,
          d,
          h,
          p
        )
      ), _ = r;
    } else {
      const M = t;
      k.NODE_ENV !== "production" && r === u && ho(), y = he(
        M.length > 1 ? M(
          k.NODE_ENV !== "production" ? Re(u) : u,
          k.NODE_ENV !== "production" ? {
            get attrs() {
              return ho(), Re(r);
            },
            slots: s,
            emit: a
          } : { attrs: r, slots: s, emit: a }
        ) : M(
          k.NODE_ENV !== "production" ? Re(u) : u,
          null
        )
      ), _ = t.props ? r : X2(r);
    }
  } catch (M) {
    zi.length = 0, os(M, e, 1), y = oe(ee);
  }
  let O = y, P;
  if (k.NODE_ENV !== "production" && y.patchFlag > 0 && y.patchFlag & 2048 && ([O, P] = tu(y)), _ && v !== !1) {
    const M = Object.keys(_), { shapeFlag: N } = O;
    if (M.length) {
      if (N & 7)
        l && M.some(no) && (_ = Z2(
          _,
          l
        )), O = un(O, _, !1, !0);
      else if (k.NODE_ENV !== "production" && !Bl && O.type !== ee) {
        const w = Object.keys(r), C = [], S = [];
        for (let $ = 0, A = w.length; $ < A; $++) {
          const j = w[$];
          is(j) ? no(j) || C.push(j[2].toLowerCase() + j.slice(3)) : S.push(j);
        }
        S.length && I(
          `Extraneous non-props attributes (${S.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text or teleport root nodes.`
        ), C.length && I(
          `Extraneous non-emits event listeners (${C.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text root nodes. If the listener is intended to be a component custom event listener only, declare it using the "emits" option.`
        );
      }
    }
  }
  return n.dirs && (k.NODE_ENV !== "production" && !Ra(O) && I(
    "Runtime directive used on component with non-element root node. The directives will not function as intended."
  ), O = un(O, null, !1, !0), O.dirs = O.dirs ? O.dirs.concat(n.dirs) : n.dirs), n.transition && (k.NODE_ENV !== "production" && !Ra(O) && I(
    "Component inside <Transition> renders non-element root node that cannot be animated."
  ), Er(O, n.transition)), k.NODE_ENV !== "production" && P ? P(O) : y = O, ao(m), y;
}
const tu = (e) => {
  const t = e.children, n = e.dynamicChildren, i = Or(t, !1);
  if (i) {
    if (k.NODE_ENV !== "production" && i.patchFlag > 0 && i.patchFlag & 2048)
      return tu(i);
  } else return [e, void 0];
  const o = t.indexOf(i), l = n ? n.indexOf(i) : -1, s = (r) => {
    t[o] = r, n && (l > -1 ? n[l] = r : r.patchFlag > 0 && (e.dynamicChildren = [...n, r]));
  };
  return [he(i), s];
};
function Or(e, t = !0) {
  let n;
  for (let i = 0; i < e.length; i++) {
    const o = e[i];
    if (Bo(o)) {
      if (o.type !== ee || o.children === "v-if") {
        if (n)
          return;
        if (n = o, k.NODE_ENV !== "production" && t && n.patchFlag > 0 && n.patchFlag & 2048)
          return Or(n.children);
      }
    } else
      return;
  }
  return n;
}
const X2 = (e) => {
  let t;
  for (const n in e)
    (n === "class" || n === "style" || is(n)) && ((t || (t = {}))[n] = e[n]);
  return t;
}, Z2 = (e, t) => {
  const n = {};
  for (const i in e)
    (!no(i) || !(i.slice(9) in t)) && (n[i] = e[i]);
  return n;
}, Ra = (e) => e.shapeFlag & 7 || e.type === ee;
function Q2(e, t, n) {
  const { props: i, children: o, component: l } = e, { props: s, children: r, patchFlag: a } = t, c = l.emitsOptions;
  if (k.NODE_ENV !== "production" && (o || r) && pe || t.dirs || t.transition)
    return !0;
  if (n && a >= 0) {
    if (a & 1024)
      return !0;
    if (a & 16)
      return i ? Fa(i, s, c) : !!s;
    if (a & 8) {
      const f = t.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        const h = f[u];
        if (s[h] !== i[h] && !zo(c, h))
          return !0;
      }
    }
  } else
    return (o || r) && (!r || !r.$stable) ? !0 : i === s ? !1 : i ? s ? Fa(i, s, c) : !0 : !!s;
  return !1;
}
function Fa(e, t, n) {
  const i = Object.keys(t);
  if (i.length !== Object.keys(e).length)
    return !0;
  for (let o = 0; o < i.length; o++) {
    const l = i[o];
    if (t[l] !== e[l] && !zo(n, l))
      return !0;
  }
  return !1;
}
function J2({ vnode: e, parent: t }, n) {
  for (; t; ) {
    const i = t.subTree;
    if (i.suspense && i.suspense.activeBranch === e && (i.el = e.el), i === e)
      (e = t.vnode).el = n, t = t.parent;
    else
      break;
  }
}
const eu = (e) => e.__isSuspense;
function t3(e, t) {
  t && t.pendingBranch ? Y(e) ? t.effects.push(...e) : t.effects.push(e) : xf(e);
}
const Oe = Symbol.for("v-fgt"), rs = Symbol.for("v-txt"), ee = Symbol.for("v-cmt"), Gs = Symbol.for("v-stc"), zi = [];
let Jt = null;
function ae(e = !1) {
  zi.push(Jt = e ? null : []);
}
function e3() {
  zi.pop(), Jt = zi[zi.length - 1] || null;
}
let Yi = 1;
function Aa(e, t = !1) {
  Yi += e, e < 0 && Jt && t && (Jt.hasOnce = !0);
}
function nu(e) {
  return e.dynamicChildren = Yi > 0 ? Jt || ei : null, e3(), Yi > 0 && Jt && Jt.push(e), e;
}
function $e(e, t, n, i, o, l) {
  return nu(
    x(
      e,
      t,
      n,
      i,
      o,
      l,
      !0
    )
  );
}
function iu(e, t, n, i, o) {
  return nu(
    oe(
      e,
      t,
      n,
      i,
      o,
      !0
    )
  );
}
function Bo(e) {
  return e ? e.__v_isVNode === !0 : !1;
}
function Ei(e, t) {
  if (k.NODE_ENV !== "production" && t.shapeFlag & 6 && e.component) {
    const n = Ws.get(t.type);
    if (n && n.has(e.component))
      return e.shapeFlag &= -257, t.shapeFlag &= -513, !1;
  }
  return e.type === t.type && e.key === t.key;
}
const n3 = (...e) => ou(
  ...e
), su = ({ key: e }) => e ?? null, Ys = ({
  ref: e,
  ref_key: t,
  ref_for: n
}) => (typeof e == "number" && (e = "" + e), e != null ? kt(e) || St(e) || Z(e) ? { i: Gt, r: e, k: t, f: !!n } : e : null);
function x(e, t = null, n = null, i = 0, o = null, l = e === Oe ? 0 : 1, s = !1, r = !1) {
  const a = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: e,
    props: t,
    key: t && su(t),
    ref: t && Ys(t),
    scopeId: Nf,
    slotScopeIds: null,
    children: n,
    component: null,
    suspense: null,
    ssContent: null,
    ssFallback: null,
    dirs: null,
    transition: null,
    el: null,
    anchor: null,
    target: null,
    targetStart: null,
    targetAnchor: null,
    staticCount: 0,
    shapeFlag: l,
    patchFlag: i,
    dynamicProps: o,
    dynamicChildren: null,
    appContext: null,
    ctx: Gt
  };
  return r ? (Nr(a, n), l & 128 && e.normalize(a)) : n && (a.shapeFlag |= kt(n) ? 8 : 16), k.NODE_ENV !== "production" && a.key !== a.key && I("VNode created with invalid key (NaN). VNode type:", a.type), Yi > 0 && // avoid a block node from tracking itself
  !s && // has current parent block
  Jt && // presence of a patch flag indicates this node needs patching on updates.
  // component nodes also should always be patched, because even if the
  // component doesn't need to update, it needs to persist the instance on to
  // the next vnode so that it can be properly unmounted later.
  (a.patchFlag > 0 || l & 6) && // the EVENTS flag is only for hydration and if it is the only flag, the
  // vnode should not be considered dynamic due to handler caching.
  a.patchFlag !== 32 && Jt.push(a), a;
}
const oe = k.NODE_ENV !== "production" ? n3 : ou;
function ou(e, t = null, n = null, i = 0, o = null, l = !1) {
  if ((!e || e === d2) && (k.NODE_ENV !== "production" && !e && I(`Invalid vnode type when creating vnode: ${e}.`), e = ee), Bo(e)) {
    const r = un(
      e,
      t,
      !0
      /* mergeRef: true */
    );
    return n && Nr(r, n), Yi > 0 && !l && Jt && (r.shapeFlag & 6 ? Jt[Jt.indexOf(e)] = r : Jt.push(r)), r.patchFlag = -2, r;
  }
  if (fu(e) && (e = e.__vccOpts), t) {
    t = i3(t);
    let { class: r, style: a } = t;
    r && !kt(r) && (t.class = gr(r)), mt(a) && (so(a) && !Y(a) && (a = wt({}, a)), t.style = D(a));
  }
  const s = kt(e) ? 1 : eu(e) ? 128 : Kd(e) ? 64 : mt(e) ? 4 : Z(e) ? 2 : 0;
  return k.NODE_ENV !== "production" && s & 4 && so(e) && (e = st(e), I(
    "Vue received a Component that was made a reactive object. This can lead to unnecessary performance overhead and should be avoided by marking the component with `markRaw` or using `shallowRef` instead of `ref`.",
    `
Component that was made reactive: `,
    e
  )), x(
    e,
    t,
    n,
    i,
    o,
    s,
    l,
    !0
  );
}
function i3(e) {
  return e ? so(e) || jf(e) ? wt({}, e) : e : null;
}
function un(e, t, n = !1, i = !1) {
  const { props: o, ref: l, patchFlag: s, children: r, transition: a } = e, c = t ? o3(o || {}, t) : o, f = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: e.type,
    props: c,
    key: c && su(c),
    ref: t && t.ref ? (
      // #2078 in the case of <component :is="vnode" ref="extra"/>
      // if the vnode itself already has a ref, cloneVNode will need to merge
      // the refs so the single vnode can be set on multiple refs
      n && l ? Y(l) ? l.concat(Ys(t)) : [l, Ys(t)] : Ys(t)
    ) : l,
    scopeId: e.scopeId,
    slotScopeIds: e.slotScopeIds,
    children: k.NODE_ENV !== "production" && s === -1 && Y(r) ? r.map(lu) : r,
    target: e.target,
    targetStart: e.targetStart,
    targetAnchor: e.targetAnchor,
    staticCount: e.staticCount,
    shapeFlag: e.shapeFlag,
    // if the vnode is cloned with extra props, we can no longer assume its
    // existing patch flag to be reliable and need to add the FULL_PROPS flag.
    // note: preserve flag for fragments since they use the flag for children
    // fast paths only.
    patchFlag: t && e.type !== Oe ? s === -1 ? 16 : s | 16 : s,
    dynamicProps: e.dynamicProps,
    dynamicChildren: e.dynamicChildren,
    appContext: e.appContext,
    dirs: e.dirs,
    transition: a,
    // These should technically only be non-null on mounted VNodes. However,
    // they *should* be copied for kept-alive vnodes. So we just always copy
    // them since them being non-null during a mount doesn't affect the logic as
    // they will simply be overwritten.
    component: e.component,
    suspense: e.suspense,
    ssContent: e.ssContent && un(e.ssContent),
    ssFallback: e.ssFallback && un(e.ssFallback),
    el: e.el,
    anchor: e.anchor,
    ctx: e.ctx,
    ce: e.ce
  };
  return a && i && Er(
    f,
    a.clone(f)
  ), f;
}
function lu(e) {
  const t = un(e);
  return Y(e.children) && (t.children = e.children.map(lu)), t;
}
function s3(e = " ", t = 0) {
  return oe(rs, null, e, t);
}
function ru(e = "", t = !1) {
  return t ? (ae(), iu(ee, null, e)) : oe(ee, null, e);
}
function he(e) {
  return e == null || typeof e == "boolean" ? oe(ee) : Y(e) ? oe(
    Oe,
    null,
    // #3666, avoid reference pollution when reusing vnode
    e.slice()
  ) : Bo(e) ? sn(e) : oe(rs, null, String(e));
}
function sn(e) {
  return e.el === null && e.patchFlag !== -1 || e.memo ? e : un(e);
}
function Nr(e, t) {
  let n = 0;
  const { shapeFlag: i } = e;
  if (t == null)
    t = null;
  else if (Y(t))
    n = 16;
  else if (typeof t == "object")
    if (i & 65) {
      const o = t.default;
      o && (o._c && (o._d = !1), Nr(e, o()), o._c && (o._d = !0));
      return;
    } else {
      n = 32;
      const o = t._;
      !o && !jf(t) ? t._ctx = Gt : o === 3 && Gt && (Gt.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
    }
  else Z(t) ? (t = { default: t, _ctx: Gt }, n = 32) : (t = String(t), i & 64 ? (n = 16, t = [s3(t)]) : n = 8);
  e.children = t, e.shapeFlag |= n;
}
function o3(...e) {
  const t = {};
  for (let n = 0; n < e.length; n++) {
    const i = e[n];
    for (const o in i)
      if (o === "class")
        t.class !== i.class && (t.class = gr([t.class, i.class]));
      else if (o === "style")
        t.style = D([t.style, i.style]);
      else if (is(o)) {
        const l = t[o], s = i[o];
        s && l !== s && !(Y(l) && l.includes(s)) && (t[o] = l ? [].concat(l, s) : s);
      } else o !== "" && (t[o] = i[o]);
  }
  return t;
}
function xe(e, t, n, i = null) {
  Ie(e, t, 7, [
    n,
    i
  ]);
}
const l3 = zf();
let r3 = 0;
function a3(e, t, n) {
  const i = e.type, o = (t ? t.appContext : e.appContext) || l3, l = {
    uid: r3++,
    vnode: e,
    type: i,
    parent: t,
    appContext: o,
    root: null,
    // to be immediately set
    next: null,
    subTree: null,
    // will be set synchronously right after creation
    effect: null,
    update: null,
    // will be set synchronously right after creation
    job: null,
    scope: new nd(
      !0
      /* detached */
    ),
    render: null,
    proxy: null,
    exposed: null,
    exposeProxy: null,
    withProxy: null,
    provides: t ? t.provides : Object.create(o.provides),
    ids: t ? t.ids : ["", 0, 0],
    accessCache: null,
    renderCache: [],
    // local resolved assets
    components: null,
    directives: null,
    // resolved props and emits options
    propsOptions: qf(i, o),
    emitsOptions: Jf(i, o),
    // emit
    emit: null,
    // to be set immediately
    emitted: null,
    // props default value
    propsDefaults: dt,
    // inheritAttrs
    inheritAttrs: i.inheritAttrs,
    // state
    ctx: dt,
    data: dt,
    props: dt,
    attrs: dt,
    slots: dt,
    refs: dt,
    setupState: dt,
    setupContext: null,
    // suspense related
    suspense: n,
    suspenseId: n ? n.pendingId : 0,
    asyncDep: null,
    asyncResolved: !1,
    // lifecycle hooks
    // not using enums here because it results in computed properties
    isMounted: !1,
    isUnmounted: !1,
    isDeactivated: !1,
    bc: null,
    c: null,
    bm: null,
    m: null,
    bu: null,
    u: null,
    um: null,
    bum: null,
    da: null,
    a: null,
    rtg: null,
    rtc: null,
    ec: null,
    sp: null
  };
  return k.NODE_ENV !== "production" ? l.ctx = g2(l) : l.ctx = { _: l }, l.root = t ? t.root : l, l.emit = K2.bind(null, l), e.ce && e.ce(l), l;
}
let Nt = null;
const c3 = () => Nt || Gt;
let po, Hl;
{
  const e = ss(), t = (n, i) => {
    let o;
    return (o = e[n]) || (o = e[n] = []), o.push(i), (l) => {
      o.length > 1 ? o.forEach((s) => s(l)) : o[0](l);
    };
  };
  po = t(
    "__VUE_INSTANCE_SETTERS__",
    (n) => Nt = n
  ), Hl = t(
    "__VUE_SSR_SETTERS__",
    (n) => Ki = n
  );
}
const as = (e) => {
  const t = Nt;
  return po(e), e.scope.on(), () => {
    e.scope.off(), po(t);
  };
}, Pa = () => {
  Nt && Nt.scope.off(), po(null);
}, f3 = /* @__PURE__ */ Ze("slot,component");
function jl(e, { isNativeTag: t }) {
  (f3(e) || t(e)) && I(
    "Do not use built-in or reserved HTML elements as component id: " + e
  );
}
function au(e) {
  return e.vnode.shapeFlag & 4;
}
let Ki = !1;
function u3(e, t = !1, n = !1) {
  t && Hl(t);
  const { props: i, children: o } = e.vnode, l = au(e);
  _2(e, i, l, t), I2(e, o, n);
  const s = l ? h3(e, t) : void 0;
  return t && Hl(!1), s;
}
function h3(e, t) {
  var n;
  const i = e.type;
  if (k.NODE_ENV !== "production") {
    if (i.name && jl(i.name, e.appContext.config), i.components) {
      const l = Object.keys(i.components);
      for (let s = 0; s < l.length; s++)
        jl(l[s], e.appContext.config);
    }
    if (i.directives) {
      const l = Object.keys(i.directives);
      for (let s = 0; s < l.length; s++)
        Sf(l[s]);
    }
    i.compilerOptions && d3() && I(
      '"compilerOptions" is only supported when using a build of Vue that includes the runtime compiler. Since you are using a runtime-only build, the options should be passed via your build tool config instead.'
    );
  }
  e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, Lf), k.NODE_ENV !== "production" && v2(e);
  const { setup: o } = i;
  if (o) {
    Qe();
    const l = e.setupContext = o.length > 1 ? g3(e) : null, s = as(e), r = hi(
      o,
      e,
      0,
      [
        k.NODE_ENV !== "production" ? Re(e.props) : e.props,
        l
      ]
    ), a = hr(r);
    if (Je(), s(), (a || e.sp) && !Ii(e) && Pf(e), a) {
      if (r.then(Pa, Pa), t)
        return r.then((c) => {
          Ta(e, c, t);
        }).catch((c) => {
          os(c, e, 0);
        });
      if (e.asyncDep = r, k.NODE_ENV !== "production" && !e.suspense) {
        const c = (n = i.name) != null ? n : "Anonymous";
        I(
          `Component <${c}>: setup function returned a promise, but no <Suspense> boundary was found in the parent component tree. A component with async setup() must be nested in a <Suspense> in order to be rendered.`
        );
      }
    } else
      Ta(e, r, t);
  } else
    cu(e, t);
}
function Ta(e, t, n) {
  Z(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : mt(t) ? (k.NODE_ENV !== "production" && Bo(t) && I(
    "setup() should not return VNodes directly - return a render function instead."
  ), k.NODE_ENV !== "production" && (e.devtoolsRawSetupState = t), e.setupState = mf(t), k.NODE_ENV !== "production" && m2(e)) : k.NODE_ENV !== "production" && t !== void 0 && I(
    `setup() should return an object. Received: ${t === null ? "null" : typeof t}`
  ), cu(e, n);
}
const d3 = () => !0;
function cu(e, t, n) {
  const i = e.type;
  e.render || (e.render = i.render || Ot);
  {
    const o = as(e);
    Qe();
    try {
      y2(e);
    } finally {
      Je(), o();
    }
  }
  k.NODE_ENV !== "production" && !i.render && e.render === Ot && !t && (i.template ? I(
    'Component provided template option but runtime compilation is not supported in this build of Vue. Configure your bundler to alias "vue" to "vue/dist/vue.esm-bundler.js".'
  ) : I("Component is missing template or render function: ", i));
}
const Va = k.NODE_ENV !== "production" ? {
  get(e, t) {
    return ho(), _t(e, "get", ""), e[t];
  },
  set() {
    return I("setupContext.attrs is readonly."), !1;
  },
  deleteProperty() {
    return I("setupContext.attrs is readonly."), !1;
  }
} : {
  get(e, t) {
    return _t(e, "get", ""), e[t];
  }
};
function p3(e) {
  return new Proxy(e.slots, {
    get(t, n) {
      return _t(e, "get", "$slots"), t[n];
    }
  });
}
function g3(e) {
  const t = (n) => {
    if (k.NODE_ENV !== "production" && (e.exposed && I("expose() should be called only once per setup()."), n != null)) {
      let i = typeof n;
      i === "object" && (Y(n) ? i = "array" : St(n) && (i = "ref")), i !== "object" && I(
        `expose() should be passed a plain object, received ${i}.`
      );
    }
    e.exposed = n || {};
  };
  if (k.NODE_ENV !== "production") {
    let n, i;
    return Object.freeze({
      get attrs() {
        return n || (n = new Proxy(e.attrs, Va));
      },
      get slots() {
        return i || (i = p3(e));
      },
      get emit() {
        return (o, ...l) => e.emit(o, ...l);
      },
      expose: t
    });
  } else
    return {
      attrs: new Proxy(e.attrs, Va),
      slots: e.slots,
      emit: e.emit,
      expose: t
    };
}
function Sr(e) {
  return e.exposed ? e.exposeProxy || (e.exposeProxy = new Proxy(mf(Md(e.exposed)), {
    get(t, n) {
      if (n in t)
        return t[n];
      if (n in Tn)
        return Tn[n](e);
    },
    has(t, n) {
      return n in t || n in Tn;
    }
  })) : e.proxy;
}
const v3 = /(?:^|[-_])(\w)/g, m3 = (e) => e.replace(v3, (t) => t.toUpperCase()).replace(/[-_]/g, "");
function Rr(e, t = !0) {
  return Z(e) ? e.displayName || e.name : e.name || t && e.__name;
}
function Ho(e, t, n = !1) {
  let i = Rr(t);
  if (!i && t.__file) {
    const o = t.__file.match(/([^/\\]+)\.\w+$/);
    o && (i = o[1]);
  }
  if (!i && e && e.parent) {
    const o = (l) => {
      for (const s in l)
        if (l[s] === t)
          return s;
    };
    i = o(
      e.components || e.parent.type.components
    ) || o(e.appContext.components);
  }
  return i ? m3(i) : n ? "App" : "Anonymous";
}
function fu(e) {
  return Z(e) && "__vccOpts" in e;
}
const uu = (e, t) => {
  const n = Cd(e, t, Ki);
  if (k.NODE_ENV !== "production") {
    const i = c3();
    i && i.appContext.config.warnRecursiveComputed && (n._warnRecursive = !0);
  }
  return n;
};
function b3() {
  if (k.NODE_ENV === "production" || typeof window > "u")
    return;
  const e = { style: "color:#3ba776" }, t = { style: "color:#1677ff" }, n = { style: "color:#f5222d" }, i = { style: "color:#eb2f96" }, o = {
    __vue_custom_formatter: !0,
    header(u) {
      return mt(u) ? u.__isVue ? ["div", e, "VueInstance"] : St(u) ? [
        "div",
        {},
        ["span", e, f(u)],
        "<",
        // avoid debugger accessing value affecting behavior
        r("_value" in u ? u._value : u),
        ">"
      ] : ni(u) ? [
        "div",
        {},
        ["span", e, te(u) ? "ShallowReactive" : "Reactive"],
        "<",
        r(u),
        `>${fn(u) ? " (readonly)" : ""}`
      ] : fn(u) ? [
        "div",
        {},
        ["span", e, te(u) ? "ShallowReadonly" : "Readonly"],
        "<",
        r(u),
        ">"
      ] : null : null;
    },
    hasBody(u) {
      return u && u.__isVue;
    },
    body(u) {
      if (u && u.__isVue)
        return [
          "div",
          {},
          ...l(u.$)
        ];
    }
  };
  function l(u) {
    const h = [];
    u.type.props && u.props && h.push(s("props", st(u.props))), u.setupState !== dt && h.push(s("setup", u.setupState)), u.data !== dt && h.push(s("data", st(u.data)));
    const d = a(u, "computed");
    d && h.push(s("computed", d));
    const p = a(u, "inject");
    return p && h.push(s("injected", p)), h.push([
      "div",
      {},
      [
        "span",
        {
          style: i.style + ";opacity:0.66"
        },
        "$ (internal): "
      ],
      ["object", { object: u }]
    ]), h;
  }
  function s(u, h) {
    return h = wt({}, h), Object.keys(h).length ? [
      "div",
      { style: "line-height:1.25em;margin-bottom:0.6em" },
      [
        "div",
        {
          style: "color:#476582"
        },
        u
      ],
      [
        "div",
        {
          style: "padding-left:1.25em"
        },
        ...Object.keys(h).map((d) => [
          "div",
          {},
          ["span", i, d + ": "],
          r(h[d], !1)
        ])
      ]
    ] : ["span", {}];
  }
  function r(u, h = !0) {
    return typeof u == "number" ? ["span", t, u] : typeof u == "string" ? ["span", n, JSON.stringify(u)] : typeof u == "boolean" ? ["span", i, u] : mt(u) ? ["object", { object: h ? st(u) : u }] : ["span", n, String(u)];
  }
  function a(u, h) {
    const d = u.type;
    if (Z(d))
      return;
    const p = {};
    for (const v in u.ctx)
      c(d, v, h) && (p[v] = u.ctx[v]);
    return p;
  }
  function c(u, h, d) {
    const p = u[d];
    if (Y(p) && p.includes(h) || mt(p) && h in p || u.extends && c(u.extends, h, d) || u.mixins && u.mixins.some((v) => c(v, h, d)))
      return !0;
  }
  function f(u) {
    return te(u) ? "ShallowRef" : u.effect ? "ComputedRef" : "Ref";
  }
  window.devtoolsFormatters ? window.devtoolsFormatters.push(o) : window.devtoolsFormatters = [o];
}
const La = "3.5.13", le = k.NODE_ENV !== "production" ? I : Ot;
var Pt = {};
let Wl;
const Ia = typeof window < "u" && window.trustedTypes;
if (Ia)
  try {
    Wl = /* @__PURE__ */ Ia.createPolicy("vue", {
      createHTML: (e) => e
    });
  } catch (e) {
    Pt.NODE_ENV !== "production" && le(`Error creating trusted types policy: ${e}`);
  }
const hu = Wl ? (e) => Wl.createHTML(e) : (e) => e, y3 = "http://www.w3.org/2000/svg", k3 = "http://www.w3.org/1998/Math/MathML", Ue = typeof document < "u" ? document : null, $a = Ue && /* @__PURE__ */ Ue.createElement("template"), w3 = {
  insert: (e, t, n) => {
    t.insertBefore(e, n || null);
  },
  remove: (e) => {
    const t = e.parentNode;
    t && t.removeChild(e);
  },
  createElement: (e, t, n, i) => {
    const o = t === "svg" ? Ue.createElementNS(y3, e) : t === "mathml" ? Ue.createElementNS(k3, e) : n ? Ue.createElement(e, { is: n }) : Ue.createElement(e);
    return e === "select" && i && i.multiple != null && o.setAttribute("multiple", i.multiple), o;
  },
  createText: (e) => Ue.createTextNode(e),
  createComment: (e) => Ue.createComment(e),
  setText: (e, t) => {
    e.nodeValue = t;
  },
  setElementText: (e, t) => {
    e.textContent = t;
  },
  parentNode: (e) => e.parentNode,
  nextSibling: (e) => e.nextSibling,
  querySelector: (e) => Ue.querySelector(e),
  setScopeId(e, t) {
    e.setAttribute(t, "");
  },
  // __UNSAFE__
  // Reason: innerHTML.
  // Static content here can only come from compiled templates.
  // As long as the user only uses trusted templates, this is safe.
  insertStaticContent(e, t, n, i, o, l) {
    const s = n ? n.previousSibling : t.lastChild;
    if (o && (o === l || o.nextSibling))
      for (; t.insertBefore(o.cloneNode(!0), n), !(o === l || !(o = o.nextSibling)); )
        ;
    else {
      $a.innerHTML = hu(
        i === "svg" ? `<svg>${e}</svg>` : i === "mathml" ? `<math>${e}</math>` : e
      );
      const r = $a.content;
      if (i === "svg" || i === "mathml") {
        const a = r.firstChild;
        for (; a.firstChild; )
          r.appendChild(a.firstChild);
        r.removeChild(a);
      }
      t.insertBefore(r, n);
    }
    return [
      // first
      s ? s.nextSibling : t.firstChild,
      // last
      n ? n.previousSibling : t.lastChild
    ];
  }
}, x3 = Symbol("_vtc");
function M3(e, t, n) {
  const i = e[x3];
  i && (t = (t ? [t, ...i] : [...i]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
const za = Symbol("_vod"), E3 = Symbol("_vsh"), D3 = Symbol(Pt.NODE_ENV !== "production" ? "CSS_VAR_TEXT" : ""), C3 = /(^|;)\s*display\s*:/;
function _3(e, t, n) {
  const i = e.style, o = kt(n);
  let l = !1;
  if (n && !o) {
    if (t)
      if (kt(t))
        for (const s of t.split(";")) {
          const r = s.slice(0, s.indexOf(":")).trim();
          n[r] == null && Ks(i, r, "");
        }
      else
        for (const s in t)
          n[s] == null && Ks(i, s, "");
    for (const s in n)
      s === "display" && (l = !0), Ks(i, s, n[s]);
  } else if (o) {
    if (t !== n) {
      const s = i[D3];
      s && (n += ";" + s), i.cssText = n, l = C3.test(n);
    }
  } else t && e.removeAttribute("style");
  za in e && (e[za] = l ? i.display : "", e[E3] && (i.display = "none"));
}
const O3 = /[^\\];\s*$/, Ba = /\s*!important$/;
function Ks(e, t, n) {
  if (Y(n))
    n.forEach((i) => Ks(e, t, i));
  else if (n == null && (n = ""), Pt.NODE_ENV !== "production" && O3.test(n) && le(
    `Unexpected semicolon at the end of '${t}' style value: '${n}'`
  ), t.startsWith("--"))
    e.setProperty(t, n);
  else {
    const i = N3(e, t);
    Ba.test(n) ? e.setProperty(
      Qt(i),
      n.replace(Ba, ""),
      "important"
    ) : e[i] = n;
  }
}
const Ha = ["Webkit", "Moz", "ms"], sl = {};
function N3(e, t) {
  const n = sl[t];
  if (n)
    return n;
  let i = At(t);
  if (i !== "filter" && i in e)
    return sl[t] = i;
  i = $n(i);
  for (let o = 0; o < Ha.length; o++) {
    const l = Ha[o] + i;
    if (l in e)
      return sl[t] = l;
  }
  return t;
}
const ja = "http://www.w3.org/1999/xlink";
function Wa(e, t, n, i, o, l = ed(t)) {
  i && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(ja, t.slice(6, t.length)) : e.setAttributeNS(ja, t, n) : n == null || l && !Kc(n) ? e.removeAttribute(t) : e.setAttribute(
    t,
    l ? "" : pn(n) ? String(n) : n
  );
}
function qa(e, t, n, i, o) {
  if (t === "innerHTML" || t === "textContent") {
    n != null && (e[t] = t === "innerHTML" ? hu(n) : n);
    return;
  }
  const l = e.tagName;
  if (t === "value" && l !== "PROGRESS" && // custom elements may use _value internally
  !l.includes("-")) {
    const r = l === "OPTION" ? e.getAttribute("value") || "" : e.value, a = n == null ? (
      // #11647: value should be set as empty string for null and undefined,
      // but <input type="checkbox"> should be set as 'on'.
      e.type === "checkbox" ? "on" : ""
    ) : String(n);
    (r !== a || !("_value" in e)) && (e.value = a), n == null && e.removeAttribute(t), e._value = n;
    return;
  }
  let s = !1;
  if (n === "" || n == null) {
    const r = typeof e[t];
    r === "boolean" ? n = Kc(n) : n == null && r === "string" ? (n = "", s = !0) : r === "number" && (n = 0, s = !0);
  }
  try {
    e[t] = n;
  } catch (r) {
    Pt.NODE_ENV !== "production" && !s && le(
      `Failed setting prop "${t}" on <${l.toLowerCase()}>: value ${n} is invalid.`,
      r
    );
  }
  s && e.removeAttribute(o || t);
}
function S3(e, t, n, i) {
  e.addEventListener(t, n, i);
}
function R3(e, t, n, i) {
  e.removeEventListener(t, n, i);
}
const Ua = Symbol("_vei");
function F3(e, t, n, i, o = null) {
  const l = e[Ua] || (e[Ua] = {}), s = l[t];
  if (i && s)
    s.value = Pt.NODE_ENV !== "production" ? Ya(i, t) : i;
  else {
    const [r, a] = A3(t);
    if (i) {
      const c = l[t] = V3(
        Pt.NODE_ENV !== "production" ? Ya(i, t) : i,
        o
      );
      S3(e, r, c, a);
    } else s && (R3(e, r, s, a), l[t] = void 0);
  }
}
const Ga = /(?:Once|Passive|Capture)$/;
function A3(e) {
  let t;
  if (Ga.test(e)) {
    t = {};
    let i;
    for (; i = e.match(Ga); )
      e = e.slice(0, e.length - i[0].length), t[i[0].toLowerCase()] = !0;
  }
  return [e[2] === ":" ? e.slice(3) : Qt(e.slice(2)), t];
}
let ol = 0;
const P3 = /* @__PURE__ */ Promise.resolve(), T3 = () => ol || (P3.then(() => ol = 0), ol = Date.now());
function V3(e, t) {
  const n = (i) => {
    if (!i._vts)
      i._vts = Date.now();
    else if (i._vts <= n.attached)
      return;
    Ie(
      L3(i, n.value),
      t,
      5,
      [i]
    );
  };
  return n.value = e, n.attached = T3(), n;
}
function Ya(e, t) {
  return Z(e) || Y(e) ? e : (le(
    `Wrong type passed as event handler to ${t} - did you forget @ or : in front of your prop?
Expected function or array of functions, received type ${typeof e}.`
  ), Ot);
}
function L3(e, t) {
  if (Y(t)) {
    const n = e.stopImmediatePropagation;
    return e.stopImmediatePropagation = () => {
      n.call(e), e._stopped = !0;
    }, t.map(
      (i) => (o) => !o._stopped && i && i(o)
    );
  } else
    return t;
}
const Ka = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && // lowercase letter
e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, I3 = (e, t, n, i, o, l) => {
  const s = o === "svg";
  t === "class" ? M3(e, i, s) : t === "style" ? _3(e, n, i) : is(t) ? no(t) || F3(e, t, n, i, l) : (t[0] === "." ? (t = t.slice(1), !0) : t[0] === "^" ? (t = t.slice(1), !1) : $3(e, t, i, s)) ? (qa(e, t, i), !e.tagName.includes("-") && (t === "value" || t === "checked" || t === "selected") && Wa(e, t, i, s, l, t !== "value")) : /* #11081 force set props for possible async custom element */ e._isVueCE && (/[A-Z]/.test(t) || !kt(i)) ? qa(e, At(t), i, l, t) : (t === "true-value" ? e._trueValue = i : t === "false-value" && (e._falseValue = i), Wa(e, t, i, s));
};
function $3(e, t, n, i) {
  if (i)
    return !!(t === "innerHTML" || t === "textContent" || t in e && Ka(t) && Z(n));
  if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA")
    return !1;
  if (t === "width" || t === "height") {
    const o = e.tagName;
    if (o === "IMG" || o === "VIDEO" || o === "CANVAS" || o === "SOURCE")
      return !1;
  }
  return Ka(t) && kt(n) ? !1 : t in e;
}
const Xa = {};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function z3(e, t, n) {
  const i = /* @__PURE__ */ Qd(e, t);
  Po(i) && wt(i, t);
  class o extends Fr {
    constructor(s) {
      super(i, s, n);
    }
  }
  return o.def = i, o;
}
const B3 = typeof HTMLElement < "u" ? HTMLElement : class {
};
class Fr extends B3 {
  constructor(t, n = {}, i = Qa) {
    super(), this._def = t, this._props = n, this._createApp = i, this._isVueCE = !0, this._instance = null, this._app = null, this._nonce = this._def.nonce, this._connected = !1, this._resolved = !1, this._numberProps = null, this._styleChildren = /* @__PURE__ */ new WeakSet(), this._ob = null, this.shadowRoot && i !== Qa ? this._root = this.shadowRoot : (Pt.NODE_ENV !== "production" && this.shadowRoot && le(
      "Custom element has pre-rendered declarative shadow root but is not defined as hydratable. Use `defineSSRCustomElement`."
    ), t.shadowRoot !== !1 ? (this.attachShadow({ mode: "open" }), this._root = this.shadowRoot) : this._root = this), this._def.__asyncLoader || this._resolveProps(this._def);
  }
  connectedCallback() {
    if (!this.isConnected) return;
    this.shadowRoot || this._parseSlots(), this._connected = !0;
    let t = this;
    for (; t = t && (t.parentNode || t.host); )
      if (t instanceof Fr) {
        this._parent = t;
        break;
      }
    this._instance || (this._resolved ? (this._setParent(), this._update()) : t && t._pendingResolve ? this._pendingResolve = t._pendingResolve.then(() => {
      this._pendingResolve = void 0, this._resolveDef();
    }) : this._resolveDef());
  }
  _setParent(t = this._parent) {
    t && (this._instance.parent = t._instance, this._instance.provides = t._instance.provides);
  }
  disconnectedCallback() {
    this._connected = !1, kf(() => {
      this._connected || (this._ob && (this._ob.disconnect(), this._ob = null), this._app && this._app.unmount(), this._instance && (this._instance.ce = void 0), this._app = this._instance = null);
    });
  }
  /**
   * resolve inner component definition (handle possible async component)
   */
  _resolveDef() {
    if (this._pendingResolve)
      return;
    for (let i = 0; i < this.attributes.length; i++)
      this._setAttr(this.attributes[i].name);
    this._ob = new MutationObserver((i) => {
      for (const o of i)
        this._setAttr(o.attributeName);
    }), this._ob.observe(this, { attributes: !0 });
    const t = (i, o = !1) => {
      this._resolved = !0, this._pendingResolve = void 0;
      const { props: l, styles: s } = i;
      let r;
      if (l && !Y(l))
        for (const a in l) {
          const c = l[a];
          (c === Number || c && c.type === Number) && (a in this._props && (this._props[a] = fa(this._props[a])), (r || (r = /* @__PURE__ */ Object.create(null)))[At(a)] = !0);
        }
      this._numberProps = r, o && this._resolveProps(i), this.shadowRoot ? this._applyStyles(s) : Pt.NODE_ENV !== "production" && s && le(
        "Custom element style injection is not supported when using shadowRoot: false"
      ), this._mount(i);
    }, n = this._def.__asyncLoader;
    n ? this._pendingResolve = n().then(
      (i) => t(this._def = i, !0)
    ) : t(this._def);
  }
  _mount(t) {
    Pt.NODE_ENV !== "production" && !t.name && (t.name = "VueElement"), this._app = this._createApp(t), t.configureApp && t.configureApp(this._app), this._app._ceVNode = this._createVNode(), this._app.mount(this._root);
    const n = this._instance && this._instance.exposed;
    if (n)
      for (const i in n)
        at(this, i) ? Pt.NODE_ENV !== "production" && le(`Exposed property "${i}" already exists on custom element.`) : Object.defineProperty(this, i, {
          // unwrap ref to be consistent with public instance behavior
          get: () => Jn(n[i])
        });
  }
  _resolveProps(t) {
    const { props: n } = t, i = Y(n) ? n : Object.keys(n || {});
    for (const o of Object.keys(this))
      o[0] !== "_" && i.includes(o) && this._setProp(o, this[o]);
    for (const o of i.map(At))
      Object.defineProperty(this, o, {
        get() {
          return this._getProp(o);
        },
        set(l) {
          this._setProp(o, l, !0, !0);
        }
      });
  }
  _setAttr(t) {
    if (t.startsWith("data-v-")) return;
    const n = this.hasAttribute(t);
    let i = n ? this.getAttribute(t) : Xa;
    const o = At(t);
    n && this._numberProps && this._numberProps[o] && (i = fa(i)), this._setProp(o, i, !1, !0);
  }
  /**
   * @internal
   */
  _getProp(t) {
    return this._props[t];
  }
  /**
   * @internal
   */
  _setProp(t, n, i = !0, o = !1) {
    if (n !== this._props[t] && (n === Xa ? delete this._props[t] : (this._props[t] = n, t === "key" && this._app && (this._app._ceVNode.key = n)), o && this._instance && this._update(), i)) {
      const l = this._ob;
      l && l.disconnect(), n === !0 ? this.setAttribute(Qt(t), "") : typeof n == "string" || typeof n == "number" ? this.setAttribute(Qt(t), n + "") : n || this.removeAttribute(Qt(t)), l && l.observe(this, { attributes: !0 });
    }
  }
  _update() {
    j3(this._createVNode(), this._root);
  }
  _createVNode() {
    const t = {};
    this.shadowRoot || (t.onVnodeMounted = t.onVnodeUpdated = this._renderSlots.bind(this));
    const n = oe(this._def, wt(t, this._props));
    return this._instance || (n.ce = (i) => {
      this._instance = i, i.ce = this, i.isCE = !0, Pt.NODE_ENV !== "production" && (i.ceReload = (l) => {
        this._styles && (this._styles.forEach((s) => this._root.removeChild(s)), this._styles.length = 0), this._applyStyles(l), this._instance = null, this._update();
      });
      const o = (l, s) => {
        this.dispatchEvent(
          new CustomEvent(
            l,
            Po(s[0]) ? wt({ detail: s }, s[0]) : { detail: s }
          )
        );
      };
      i.emit = (l, ...s) => {
        o(l, s), Qt(l) !== l && o(Qt(l), s);
      }, this._setParent();
    }), n;
  }
  _applyStyles(t, n) {
    if (!t) return;
    if (n) {
      if (n === this._def || this._styleChildren.has(n))
        return;
      this._styleChildren.add(n);
    }
    const i = this._nonce;
    for (let o = t.length - 1; o >= 0; o--) {
      const l = document.createElement("style");
      if (i && l.setAttribute("nonce", i), l.textContent = t[o], this.shadowRoot.prepend(l), Pt.NODE_ENV !== "production")
        if (n) {
          if (n.__hmrId) {
            this._childStyles || (this._childStyles = /* @__PURE__ */ new Map());
            let s = this._childStyles.get(n.__hmrId);
            s || this._childStyles.set(n.__hmrId, s = []), s.push(l);
          }
        } else
          (this._styles || (this._styles = [])).push(l);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _parseSlots() {
    const t = this._slots = {};
    let n;
    for (; n = this.firstChild; ) {
      const i = n.nodeType === 1 && n.getAttribute("slot") || "default";
      (t[i] || (t[i] = [])).push(n), this.removeChild(n);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _renderSlots() {
    const t = (this._teleportTarget || this).querySelectorAll("slot"), n = this._instance.type.__scopeId;
    for (let i = 0; i < t.length; i++) {
      const o = t[i], l = o.getAttribute("name") || "default", s = this._slots[l], r = o.parentNode;
      if (s)
        for (const a of s) {
          if (n && a.nodeType === 1) {
            const c = n + "-s", f = document.createTreeWalker(a, 1);
            a.setAttribute(c, "");
            let u;
            for (; u = f.nextNode(); )
              u.setAttribute(c, "");
          }
          r.insertBefore(a, o);
        }
      else
        for (; o.firstChild; ) r.insertBefore(o.firstChild, o);
      r.removeChild(o);
    }
  }
  /**
   * @internal
   */
  _injectChildStyle(t) {
    this._applyStyles(t.styles, t);
  }
  /**
   * @internal
   */
  _removeChildStyle(t) {
    if (Pt.NODE_ENV !== "production" && (this._styleChildren.delete(t), this._childStyles && t.__hmrId)) {
      const n = this._childStyles.get(t.__hmrId);
      n && (n.forEach((i) => this._root.removeChild(i)), n.length = 0);
    }
  }
}
const H3 = /* @__PURE__ */ wt({ patchProp: I3 }, w3);
let Za;
function du() {
  return Za || (Za = B2(H3));
}
const j3 = (...e) => {
  du().render(...e);
}, Qa = (...e) => {
  const t = du().createApp(...e);
  Pt.NODE_ENV !== "production" && (q3(t), U3(t));
  const { mount: n } = t;
  return t.mount = (i) => {
    const o = G3(i);
    if (!o) return;
    const l = t._component;
    !Z(l) && !l.render && !l.template && (l.template = o.innerHTML), o.nodeType === 1 && (o.textContent = "");
    const s = n(o, !1, W3(o));
    return o instanceof Element && (o.removeAttribute("v-cloak"), o.setAttribute("data-v-app", "")), s;
  }, t;
};
function W3(e) {
  if (e instanceof SVGElement)
    return "svg";
  if (typeof MathMLElement == "function" && e instanceof MathMLElement)
    return "mathml";
}
function q3(e) {
  Object.defineProperty(e.config, "isNativeTag", {
    value: (t) => Zh(t) || Qh(t) || Jh(t),
    writable: !1
  });
}
function U3(e) {
  {
    const t = e.config.isCustomElement;
    Object.defineProperty(e.config, "isCustomElement", {
      get() {
        return t;
      },
      set() {
        le(
          "The `isCustomElement` config option is deprecated. Use `compilerOptions.isCustomElement` instead."
        );
      }
    });
    const n = e.config.compilerOptions, i = 'The `compilerOptions` config option is only respected when using a build of Vue.js that includes the runtime compiler (aka "full build"). Since you are using the runtime-only build, `compilerOptions` must be passed to `@vue/compiler-dom` in the build setup instead.\n- For vue-loader: pass it via vue-loader\'s `compilerOptions` loader option.\n- For vue-cli: see https://cli.vuejs.org/guide/webpack.html#modifying-options-of-a-loader\n- For vite: pass it via @vitejs/plugin-vue options. See https://github.com/vitejs/vite-plugin-vue/tree/main/packages/plugin-vue#example-for-passing-options-to-vuecompiler-sfc';
    Object.defineProperty(e.config, "compilerOptions", {
      get() {
        return le(i), n;
      },
      set() {
        le(i);
      }
    });
  }
}
function G3(e) {
  if (kt(e)) {
    const t = document.querySelector(e);
    return Pt.NODE_ENV !== "production" && !t && le(
      `Failed to mount app: mount target selector "${e}" returned null.`
    ), t;
  }
  return Pt.NODE_ENV !== "production" && window.ShadowRoot && e instanceof window.ShadowRoot && e.mode === "closed" && le(
    'mounting on a ShadowRoot with `{mode: "closed"}` may lead to unpredictable bugs'
  ), e;
}
var Y3 = {};
function K3() {
  b3();
}
Y3.NODE_ENV !== "production" && K3();
function Xs(e, t) {
  return e == null || t == null ? NaN : e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function X3(e, t) {
  return e == null || t == null ? NaN : t < e ? -1 : t > e ? 1 : t >= e ? 0 : NaN;
}
function pu(e) {
  let t, n, i;
  e.length !== 2 ? (t = Xs, n = (r, a) => Xs(e(r), a), i = (r, a) => e(r) - a) : (t = e === Xs || e === X3 ? e : Z3, n = e, i = e);
  function o(r, a, c = 0, f = r.length) {
    if (c < f) {
      if (t(a, a) !== 0) return f;
      do {
        const u = c + f >>> 1;
        n(r[u], a) < 0 ? c = u + 1 : f = u;
      } while (c < f);
    }
    return c;
  }
  function l(r, a, c = 0, f = r.length) {
    if (c < f) {
      if (t(a, a) !== 0) return f;
      do {
        const u = c + f >>> 1;
        n(r[u], a) <= 0 ? c = u + 1 : f = u;
      } while (c < f);
    }
    return c;
  }
  function s(r, a, c = 0, f = r.length) {
    const u = o(r, a, c, f - 1);
    return u > c && i(r[u - 1], a) > -i(r[u], a) ? u - 1 : u;
  }
  return { left: o, center: s, right: l };
}
function Z3() {
  return 0;
}
function Q3(e) {
  return e === null ? NaN : +e;
}
const J3 = pu(Xs), tp = J3.right;
pu(Q3).center;
const ep = Math.sqrt(50), np = Math.sqrt(10), ip = Math.sqrt(2);
function go(e, t, n) {
  const i = (t - e) / Math.max(0, n), o = Math.floor(Math.log10(i)), l = i / Math.pow(10, o), s = l >= ep ? 10 : l >= np ? 5 : l >= ip ? 2 : 1;
  let r, a, c;
  return o < 0 ? (c = Math.pow(10, -o) / s, r = Math.round(e * c), a = Math.round(t * c), r / c < e && ++r, a / c > t && --a, c = -c) : (c = Math.pow(10, o) * s, r = Math.round(e / c), a = Math.round(t / c), r * c < e && ++r, a * c > t && --a), a < r && 0.5 <= n && n < 2 ? go(e, t, n * 2) : [r, a, c];
}
function sp(e, t, n) {
  if (t = +t, e = +e, n = +n, !(n > 0)) return [];
  if (e === t) return [e];
  const i = t < e, [o, l, s] = i ? go(t, e, n) : go(e, t, n);
  if (!(l >= o)) return [];
  const r = l - o + 1, a = new Array(r);
  if (i)
    if (s < 0) for (let c = 0; c < r; ++c) a[c] = (l - c) / -s;
    else for (let c = 0; c < r; ++c) a[c] = (l - c) * s;
  else if (s < 0) for (let c = 0; c < r; ++c) a[c] = (o + c) / -s;
  else for (let c = 0; c < r; ++c) a[c] = (o + c) * s;
  return a;
}
function ql(e, t, n) {
  return t = +t, e = +e, n = +n, go(e, t, n)[2];
}
function op(e, t, n) {
  t = +t, e = +e, n = +n;
  const i = t < e, o = i ? ql(t, e, n) : ql(e, t, n);
  return (i ? -1 : 1) * (o < 0 ? 1 / -o : o);
}
function lp(e, t) {
  switch (arguments.length) {
    case 0:
      break;
    case 1:
      this.range(e);
      break;
    default:
      this.range(t).domain(e);
      break;
  }
  return this;
}
function Ar(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function gu(e, t) {
  var n = Object.create(e.prototype);
  for (var i in t) n[i] = t[i];
  return n;
}
function cs() {
}
var Xi = 0.7, vo = 1 / Xi, oi = "\\s*([+-]?\\d+)\\s*", Zi = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", Pe = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", rp = /^#([0-9a-f]{3,8})$/, ap = new RegExp(`^rgb\\(${oi},${oi},${oi}\\)$`), cp = new RegExp(`^rgb\\(${Pe},${Pe},${Pe}\\)$`), fp = new RegExp(`^rgba\\(${oi},${oi},${oi},${Zi}\\)$`), up = new RegExp(`^rgba\\(${Pe},${Pe},${Pe},${Zi}\\)$`), hp = new RegExp(`^hsl\\(${Zi},${Pe},${Pe}\\)$`), dp = new RegExp(`^hsla\\(${Zi},${Pe},${Pe},${Zi}\\)$`), Ja = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
Ar(cs, Qi, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: t1,
  // Deprecated! Use color.formatHex.
  formatHex: t1,
  formatHex8: pp,
  formatHsl: gp,
  formatRgb: e1,
  toString: e1
});
function t1() {
  return this.rgb().formatHex();
}
function pp() {
  return this.rgb().formatHex8();
}
function gp() {
  return vu(this).formatHsl();
}
function e1() {
  return this.rgb().formatRgb();
}
function Qi(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = rp.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? n1(t) : n === 3 ? new Yt(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? bs(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? bs(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = ap.exec(e)) ? new Yt(t[1], t[2], t[3], 1) : (t = cp.exec(e)) ? new Yt(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = fp.exec(e)) ? bs(t[1], t[2], t[3], t[4]) : (t = up.exec(e)) ? bs(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = hp.exec(e)) ? o1(t[1], t[2] / 100, t[3] / 100, 1) : (t = dp.exec(e)) ? o1(t[1], t[2] / 100, t[3] / 100, t[4]) : Ja.hasOwnProperty(e) ? n1(Ja[e]) : e === "transparent" ? new Yt(NaN, NaN, NaN, 0) : null;
}
function n1(e) {
  return new Yt(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function bs(e, t, n, i) {
  return i <= 0 && (e = t = n = NaN), new Yt(e, t, n, i);
}
function vp(e) {
  return e instanceof cs || (e = Qi(e)), e ? (e = e.rgb(), new Yt(e.r, e.g, e.b, e.opacity)) : new Yt();
}
function Ul(e, t, n, i) {
  return arguments.length === 1 ? vp(e) : new Yt(e, t, n, i ?? 1);
}
function Yt(e, t, n, i) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +i;
}
Ar(Yt, Ul, gu(cs, {
  brighter(e) {
    return e = e == null ? vo : Math.pow(vo, e), new Yt(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Xi : Math.pow(Xi, e), new Yt(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Yt(Vn(this.r), Vn(this.g), Vn(this.b), mo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: i1,
  // Deprecated! Use color.formatHex.
  formatHex: i1,
  formatHex8: mp,
  formatRgb: s1,
  toString: s1
}));
function i1() {
  return `#${_n(this.r)}${_n(this.g)}${_n(this.b)}`;
}
function mp() {
  return `#${_n(this.r)}${_n(this.g)}${_n(this.b)}${_n((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function s1() {
  const e = mo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Vn(this.r)}, ${Vn(this.g)}, ${Vn(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function mo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Vn(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function _n(e) {
  return e = Vn(e), (e < 16 ? "0" : "") + e.toString(16);
}
function o1(e, t, n, i) {
  return i <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new de(e, t, n, i);
}
function vu(e) {
  if (e instanceof de) return new de(e.h, e.s, e.l, e.opacity);
  if (e instanceof cs || (e = Qi(e)), !e) return new de();
  if (e instanceof de) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, i = e.b / 255, o = Math.min(t, n, i), l = Math.max(t, n, i), s = NaN, r = l - o, a = (l + o) / 2;
  return r ? (t === l ? s = (n - i) / r + (n < i) * 6 : n === l ? s = (i - t) / r + 2 : s = (t - n) / r + 4, r /= a < 0.5 ? l + o : 2 - l - o, s *= 60) : r = a > 0 && a < 1 ? 0 : s, new de(s, r, a, e.opacity);
}
function bp(e, t, n, i) {
  return arguments.length === 1 ? vu(e) : new de(e, t, n, i ?? 1);
}
function de(e, t, n, i) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +i;
}
Ar(de, bp, gu(cs, {
  brighter(e) {
    return e = e == null ? vo : Math.pow(vo, e), new de(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Xi : Math.pow(Xi, e), new de(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, i = n + (n < 0.5 ? n : 1 - n) * t, o = 2 * n - i;
    return new Yt(
      ll(e >= 240 ? e - 240 : e + 120, o, i),
      ll(e, o, i),
      ll(e < 120 ? e + 240 : e - 120, o, i),
      this.opacity
    );
  },
  clamp() {
    return new de(l1(this.h), ys(this.s), ys(this.l), mo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = mo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${l1(this.h)}, ${ys(this.s) * 100}%, ${ys(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function l1(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function ys(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function ll(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Pr = (e) => () => e;
function yp(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function kp(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(i) {
    return Math.pow(e + i * t, n);
  };
}
function wp(e) {
  return (e = +e) == 1 ? mu : function(t, n) {
    return n - t ? kp(t, n, e) : Pr(isNaN(t) ? n : t);
  };
}
function mu(e, t) {
  var n = t - e;
  return n ? yp(e, n) : Pr(isNaN(e) ? t : e);
}
const r1 = function e(t) {
  var n = wp(t);
  function i(o, l) {
    var s = n((o = Ul(o)).r, (l = Ul(l)).r), r = n(o.g, l.g), a = n(o.b, l.b), c = mu(o.opacity, l.opacity);
    return function(f) {
      return o.r = s(f), o.g = r(f), o.b = a(f), o.opacity = c(f), o + "";
    };
  }
  return i.gamma = e, i;
}(1);
function xp(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, i = t.slice(), o;
  return function(l) {
    for (o = 0; o < n; ++o) i[o] = e[o] * (1 - l) + t[o] * l;
    return i;
  };
}
function Mp(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Ep(e, t) {
  var n = t ? t.length : 0, i = e ? Math.min(n, e.length) : 0, o = new Array(i), l = new Array(n), s;
  for (s = 0; s < i; ++s) o[s] = Tr(e[s], t[s]);
  for (; s < n; ++s) l[s] = t[s];
  return function(r) {
    for (s = 0; s < i; ++s) l[s] = o[s](r);
    return l;
  };
}
function Dp(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(i) {
    return n.setTime(e * (1 - i) + t * i), n;
  };
}
function bo(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Cp(e, t) {
  var n = {}, i = {}, o;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (o in t)
    o in e ? n[o] = Tr(e[o], t[o]) : i[o] = t[o];
  return function(l) {
    for (o in n) i[o] = n[o](l);
    return i;
  };
}
var Gl = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, rl = new RegExp(Gl.source, "g");
function _p(e) {
  return function() {
    return e;
  };
}
function Op(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Np(e, t) {
  var n = Gl.lastIndex = rl.lastIndex = 0, i, o, l, s = -1, r = [], a = [];
  for (e = e + "", t = t + ""; (i = Gl.exec(e)) && (o = rl.exec(t)); )
    (l = o.index) > n && (l = t.slice(n, l), r[s] ? r[s] += l : r[++s] = l), (i = i[0]) === (o = o[0]) ? r[s] ? r[s] += o : r[++s] = o : (r[++s] = null, a.push({ i: s, x: bo(i, o) })), n = rl.lastIndex;
  return n < t.length && (l = t.slice(n), r[s] ? r[s] += l : r[++s] = l), r.length < 2 ? a[0] ? Op(a[0].x) : _p(t) : (t = a.length, function(c) {
    for (var f = 0, u; f < t; ++f) r[(u = a[f]).i] = u.x(c);
    return r.join("");
  });
}
function Tr(e, t) {
  var n = typeof t, i;
  return t == null || n === "boolean" ? Pr(t) : (n === "number" ? bo : n === "string" ? (i = Qi(t)) ? (t = i, r1) : Np : t instanceof Qi ? r1 : t instanceof Date ? Dp : Mp(t) ? xp : Array.isArray(t) ? Ep : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Cp : bo)(e, t);
}
function Sp(e, t) {
  return e = +e, t = +t, function(n) {
    return Math.round(e * (1 - n) + t * n);
  };
}
function Rp(e) {
  return function() {
    return e;
  };
}
function Fp(e) {
  return +e;
}
var a1 = [0, 1];
function ti(e) {
  return e;
}
function Yl(e, t) {
  return (t -= e = +e) ? function(n) {
    return (n - e) / t;
  } : Rp(isNaN(t) ? NaN : 0.5);
}
function Ap(e, t) {
  var n;
  return e > t && (n = e, e = t, t = n), function(i) {
    return Math.max(e, Math.min(t, i));
  };
}
function Pp(e, t, n) {
  var i = e[0], o = e[1], l = t[0], s = t[1];
  return o < i ? (i = Yl(o, i), l = n(s, l)) : (i = Yl(i, o), l = n(l, s)), function(r) {
    return l(i(r));
  };
}
function Tp(e, t, n) {
  var i = Math.min(e.length, t.length) - 1, o = new Array(i), l = new Array(i), s = -1;
  for (e[i] < e[0] && (e = e.slice().reverse(), t = t.slice().reverse()); ++s < i; )
    o[s] = Yl(e[s], e[s + 1]), l[s] = n(t[s], t[s + 1]);
  return function(r) {
    var a = tp(e, r, 1, i) - 1;
    return l[a](o[a](r));
  };
}
function Vp(e, t) {
  return t.domain(e.domain()).range(e.range()).interpolate(e.interpolate()).clamp(e.clamp()).unknown(e.unknown());
}
function Lp() {
  var e = a1, t = a1, n = Tr, i, o, l, s = ti, r, a, c;
  function f() {
    var h = Math.min(e.length, t.length);
    return s !== ti && (s = Ap(e[0], e[h - 1])), r = h > 2 ? Tp : Pp, a = c = null, u;
  }
  function u(h) {
    return h == null || isNaN(h = +h) ? l : (a || (a = r(e.map(i), t, n)))(i(s(h)));
  }
  return u.invert = function(h) {
    return s(o((c || (c = r(t, e.map(i), bo)))(h)));
  }, u.domain = function(h) {
    return arguments.length ? (e = Array.from(h, Fp), f()) : e.slice();
  }, u.range = function(h) {
    return arguments.length ? (t = Array.from(h), f()) : t.slice();
  }, u.rangeRound = function(h) {
    return t = Array.from(h), n = Sp, f();
  }, u.clamp = function(h) {
    return arguments.length ? (s = h ? !0 : ti, f()) : s !== ti;
  }, u.interpolate = function(h) {
    return arguments.length ? (n = h, f()) : n;
  }, u.unknown = function(h) {
    return arguments.length ? (l = h, u) : l;
  }, function(h, d) {
    return i = h, o = d, f();
  };
}
function Ip() {
  return Lp()(ti, ti);
}
function $p(e) {
  return Math.abs(e = Math.round(e)) >= 1e21 ? e.toLocaleString("en").replace(/,/g, "") : e.toString(10);
}
function yo(e, t) {
  if ((n = (e = t ? e.toExponential(t - 1) : e.toExponential()).indexOf("e")) < 0) return null;
  var n, i = e.slice(0, n);
  return [
    i.length > 1 ? i[0] + i.slice(2) : i,
    +e.slice(n + 1)
  ];
}
function li(e) {
  return e = yo(Math.abs(e)), e ? e[1] : NaN;
}
function zp(e, t) {
  return function(n, i) {
    for (var o = n.length, l = [], s = 0, r = e[0], a = 0; o > 0 && r > 0 && (a + r + 1 > i && (r = Math.max(1, i - a)), l.push(n.substring(o -= r, o + r)), !((a += r + 1) > i)); )
      r = e[s = (s + 1) % e.length];
    return l.reverse().join(t);
  };
}
function Bp(e) {
  return function(t) {
    return t.replace(/[0-9]/g, function(n) {
      return e[+n];
    });
  };
}
var Hp = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
function ko(e) {
  if (!(t = Hp.exec(e))) throw new Error("invalid format: " + e);
  var t;
  return new Vr({
    fill: t[1],
    align: t[2],
    sign: t[3],
    symbol: t[4],
    zero: t[5],
    width: t[6],
    comma: t[7],
    precision: t[8] && t[8].slice(1),
    trim: t[9],
    type: t[10]
  });
}
ko.prototype = Vr.prototype;
function Vr(e) {
  this.fill = e.fill === void 0 ? " " : e.fill + "", this.align = e.align === void 0 ? ">" : e.align + "", this.sign = e.sign === void 0 ? "-" : e.sign + "", this.symbol = e.symbol === void 0 ? "" : e.symbol + "", this.zero = !!e.zero, this.width = e.width === void 0 ? void 0 : +e.width, this.comma = !!e.comma, this.precision = e.precision === void 0 ? void 0 : +e.precision, this.trim = !!e.trim, this.type = e.type === void 0 ? "" : e.type + "";
}
Vr.prototype.toString = function() {
  return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
};
function jp(e) {
  t: for (var t = e.length, n = 1, i = -1, o; n < t; ++n)
    switch (e[n]) {
      case ".":
        i = o = n;
        break;
      case "0":
        i === 0 && (i = n), o = n;
        break;
      default:
        if (!+e[n]) break t;
        i > 0 && (i = 0);
        break;
    }
  return i > 0 ? e.slice(0, i) + e.slice(o + 1) : e;
}
var bu;
function Wp(e, t) {
  var n = yo(e, t);
  if (!n) return e + "";
  var i = n[0], o = n[1], l = o - (bu = Math.max(-8, Math.min(8, Math.floor(o / 3))) * 3) + 1, s = i.length;
  return l === s ? i : l > s ? i + new Array(l - s + 1).join("0") : l > 0 ? i.slice(0, l) + "." + i.slice(l) : "0." + new Array(1 - l).join("0") + yo(e, Math.max(0, t + l - 1))[0];
}
function c1(e, t) {
  var n = yo(e, t);
  if (!n) return e + "";
  var i = n[0], o = n[1];
  return o < 0 ? "0." + new Array(-o).join("0") + i : i.length > o + 1 ? i.slice(0, o + 1) + "." + i.slice(o + 1) : i + new Array(o - i.length + 2).join("0");
}
const f1 = {
  "%": (e, t) => (e * 100).toFixed(t),
  b: (e) => Math.round(e).toString(2),
  c: (e) => e + "",
  d: $p,
  e: (e, t) => e.toExponential(t),
  f: (e, t) => e.toFixed(t),
  g: (e, t) => e.toPrecision(t),
  o: (e) => Math.round(e).toString(8),
  p: (e, t) => c1(e * 100, t),
  r: c1,
  s: Wp,
  X: (e) => Math.round(e).toString(16).toUpperCase(),
  x: (e) => Math.round(e).toString(16)
};
function u1(e) {
  return e;
}
var h1 = Array.prototype.map, d1 = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];
function qp(e) {
  var t = e.grouping === void 0 || e.thousands === void 0 ? u1 : zp(h1.call(e.grouping, Number), e.thousands + ""), n = e.currency === void 0 ? "" : e.currency[0] + "", i = e.currency === void 0 ? "" : e.currency[1] + "", o = e.decimal === void 0 ? "." : e.decimal + "", l = e.numerals === void 0 ? u1 : Bp(h1.call(e.numerals, String)), s = e.percent === void 0 ? "%" : e.percent + "", r = e.minus === void 0 ? "−" : e.minus + "", a = e.nan === void 0 ? "NaN" : e.nan + "";
  function c(u) {
    u = ko(u);
    var h = u.fill, d = u.align, p = u.sign, v = u.symbol, m = u.zero, y = u.width, _ = u.comma, O = u.precision, P = u.trim, M = u.type;
    M === "n" ? (_ = !0, M = "g") : f1[M] || (O === void 0 && (O = 12), P = !0, M = "g"), (m || h === "0" && d === "=") && (m = !0, h = "0", d = "=");
    var N = v === "$" ? n : v === "#" && /[boxX]/.test(M) ? "0" + M.toLowerCase() : "", w = v === "$" ? i : /[%p]/.test(M) ? s : "", C = f1[M], S = /[defgprs%]/.test(M);
    O = O === void 0 ? 6 : /[gprs]/.test(M) ? Math.max(1, Math.min(21, O)) : Math.max(0, Math.min(20, O));
    function $(A) {
      var j = N, G = w, bt, nt, tt;
      if (M === "c")
        G = C(A) + G, A = "";
      else {
        A = +A;
        var q = A < 0 || 1 / A < 0;
        if (A = isNaN(A) ? a : C(Math.abs(A), O), P && (A = jp(A)), q && +A == 0 && p !== "+" && (q = !1), j = (q ? p === "(" ? p : r : p === "-" || p === "(" ? "" : p) + j, G = (M === "s" ? d1[8 + bu / 3] : "") + G + (q && p === "(" ? ")" : ""), S) {
          for (bt = -1, nt = A.length; ++bt < nt; )
            if (tt = A.charCodeAt(bt), 48 > tt || tt > 57) {
              G = (tt === 46 ? o + A.slice(bt + 1) : A.slice(bt)) + G, A = A.slice(0, bt);
              break;
            }
        }
      }
      _ && !m && (A = t(A, 1 / 0));
      var X = j.length + A.length + G.length, gt = X < y ? new Array(y - X + 1).join(h) : "";
      switch (_ && m && (A = t(gt + A, gt.length ? y - G.length : 1 / 0), gt = ""), d) {
        case "<":
          A = j + A + G + gt;
          break;
        case "=":
          A = j + gt + A + G;
          break;
        case "^":
          A = gt.slice(0, X = gt.length >> 1) + j + A + G + gt.slice(X);
          break;
        default:
          A = gt + j + A + G;
          break;
      }
      return l(A);
    }
    return $.toString = function() {
      return u + "";
    }, $;
  }
  function f(u, h) {
    var d = c((u = ko(u), u.type = "f", u)), p = Math.max(-8, Math.min(8, Math.floor(li(h) / 3))) * 3, v = Math.pow(10, -p), m = d1[8 + p / 3];
    return function(y) {
      return d(v * y) + m;
    };
  }
  return {
    format: c,
    formatPrefix: f
  };
}
var ks, yu, ku;
Up({
  thousands: ",",
  grouping: [3],
  currency: ["$", ""]
});
function Up(e) {
  return ks = qp(e), yu = ks.format, ku = ks.formatPrefix, ks;
}
function Gp(e) {
  return Math.max(0, -li(Math.abs(e)));
}
function Yp(e, t) {
  return Math.max(0, Math.max(-8, Math.min(8, Math.floor(li(t) / 3))) * 3 - li(Math.abs(e)));
}
function Kp(e, t) {
  return e = Math.abs(e), t = Math.abs(t) - e, Math.max(0, li(t) - li(e)) + 1;
}
function Xp(e, t, n, i) {
  var o = op(e, t, n), l;
  switch (i = ko(i ?? ",f"), i.type) {
    case "s": {
      var s = Math.max(Math.abs(e), Math.abs(t));
      return i.precision == null && !isNaN(l = Yp(o, s)) && (i.precision = l), ku(i, s);
    }
    case "":
    case "e":
    case "g":
    case "p":
    case "r": {
      i.precision == null && !isNaN(l = Kp(o, Math.max(Math.abs(e), Math.abs(t)))) && (i.precision = l - (i.type === "e"));
      break;
    }
    case "f":
    case "%": {
      i.precision == null && !isNaN(l = Gp(o)) && (i.precision = l - (i.type === "%") * 2);
      break;
    }
  }
  return yu(i);
}
function Zp(e) {
  var t = e.domain;
  return e.ticks = function(n) {
    var i = t();
    return sp(i[0], i[i.length - 1], n ?? 10);
  }, e.tickFormat = function(n, i) {
    var o = t();
    return Xp(o[0], o[o.length - 1], n ?? 10, i);
  }, e.nice = function(n) {
    n == null && (n = 10);
    var i = t(), o = 0, l = i.length - 1, s = i[o], r = i[l], a, c, f = 10;
    for (r < s && (c = s, s = r, r = c, c = o, o = l, l = c); f-- > 0; ) {
      if (c = ql(s, r, n), c === a)
        return i[o] = s, i[l] = r, t(i);
      if (c > 0)
        s = Math.floor(s / c) * c, r = Math.ceil(r / c) * c;
      else if (c < 0)
        s = Math.ceil(s * c) / c, r = Math.floor(r * c) / c;
      else
        break;
      a = c;
    }
    return e;
  }, e;
}
function wu() {
  var e = Ip();
  return e.copy = function() {
    return Vp(e, wu());
  }, lp.apply(e, arguments), Zp(e);
}
/*!
 * @kurkle/color v0.3.4
 * https://github.com/kurkle/color#readme
 * (c) 2024 Jukka Kurkela
 * Released under the MIT License
 */
function fs(e) {
  return e + 0.5 | 0;
}
const an = (e, t, n) => Math.max(Math.min(e, n), t);
function Fi(e) {
  return an(fs(e * 2.55), 0, 255);
}
function cn(e) {
  return an(fs(e * 255), 0, 255);
}
function Ge(e) {
  return an(fs(e / 2.55) / 100, 0, 1);
}
function p1(e) {
  return an(fs(e * 100), 0, 100);
}
const ie = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, a: 10, b: 11, c: 12, d: 13, e: 14, f: 15 }, Kl = [..."0123456789ABCDEF"], Qp = (e) => Kl[e & 15], Jp = (e) => Kl[(e & 240) >> 4] + Kl[e & 15], ws = (e) => (e & 240) >> 4 === (e & 15), tg = (e) => ws(e.r) && ws(e.g) && ws(e.b) && ws(e.a);
function eg(e) {
  var t = e.length, n;
  return e[0] === "#" && (t === 4 || t === 5 ? n = {
    r: 255 & ie[e[1]] * 17,
    g: 255 & ie[e[2]] * 17,
    b: 255 & ie[e[3]] * 17,
    a: t === 5 ? ie[e[4]] * 17 : 255
  } : (t === 7 || t === 9) && (n = {
    r: ie[e[1]] << 4 | ie[e[2]],
    g: ie[e[3]] << 4 | ie[e[4]],
    b: ie[e[5]] << 4 | ie[e[6]],
    a: t === 9 ? ie[e[7]] << 4 | ie[e[8]] : 255
  })), n;
}
const ng = (e, t) => e < 255 ? t(e) : "";
function ig(e) {
  var t = tg(e) ? Qp : Jp;
  return e ? "#" + t(e.r) + t(e.g) + t(e.b) + ng(e.a, t) : void 0;
}
const sg = /^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;
function xu(e, t, n) {
  const i = t * Math.min(n, 1 - n), o = (l, s = (l + e / 30) % 12) => n - i * Math.max(Math.min(s - 3, 9 - s, 1), -1);
  return [o(0), o(8), o(4)];
}
function og(e, t, n) {
  const i = (o, l = (o + e / 60) % 6) => n - n * t * Math.max(Math.min(l, 4 - l, 1), 0);
  return [i(5), i(3), i(1)];
}
function lg(e, t, n) {
  const i = xu(e, 1, 0.5);
  let o;
  for (t + n > 1 && (o = 1 / (t + n), t *= o, n *= o), o = 0; o < 3; o++)
    i[o] *= 1 - t - n, i[o] += t;
  return i;
}
function rg(e, t, n, i, o) {
  return e === o ? (t - n) / i + (t < n ? 6 : 0) : t === o ? (n - e) / i + 2 : (e - t) / i + 4;
}
function Lr(e) {
  const n = e.r / 255, i = e.g / 255, o = e.b / 255, l = Math.max(n, i, o), s = Math.min(n, i, o), r = (l + s) / 2;
  let a, c, f;
  return l !== s && (f = l - s, c = r > 0.5 ? f / (2 - l - s) : f / (l + s), a = rg(n, i, o, f, l), a = a * 60 + 0.5), [a | 0, c || 0, r];
}
function Ir(e, t, n, i) {
  return (Array.isArray(t) ? e(t[0], t[1], t[2]) : e(t, n, i)).map(cn);
}
function $r(e, t, n) {
  return Ir(xu, e, t, n);
}
function ag(e, t, n) {
  return Ir(lg, e, t, n);
}
function cg(e, t, n) {
  return Ir(og, e, t, n);
}
function Mu(e) {
  return (e % 360 + 360) % 360;
}
function fg(e) {
  const t = sg.exec(e);
  let n = 255, i;
  if (!t)
    return;
  t[5] !== i && (n = t[6] ? Fi(+t[5]) : cn(+t[5]));
  const o = Mu(+t[2]), l = +t[3] / 100, s = +t[4] / 100;
  return t[1] === "hwb" ? i = ag(o, l, s) : t[1] === "hsv" ? i = cg(o, l, s) : i = $r(o, l, s), {
    r: i[0],
    g: i[1],
    b: i[2],
    a: n
  };
}
function ug(e, t) {
  var n = Lr(e);
  n[0] = Mu(n[0] + t), n = $r(n), e.r = n[0], e.g = n[1], e.b = n[2];
}
function hg(e) {
  if (!e)
    return;
  const t = Lr(e), n = t[0], i = p1(t[1]), o = p1(t[2]);
  return e.a < 255 ? `hsla(${n}, ${i}%, ${o}%, ${Ge(e.a)})` : `hsl(${n}, ${i}%, ${o}%)`;
}
const g1 = {
  x: "dark",
  Z: "light",
  Y: "re",
  X: "blu",
  W: "gr",
  V: "medium",
  U: "slate",
  A: "ee",
  T: "ol",
  S: "or",
  B: "ra",
  C: "lateg",
  D: "ights",
  R: "in",
  Q: "turquois",
  E: "hi",
  P: "ro",
  O: "al",
  N: "le",
  M: "de",
  L: "yello",
  F: "en",
  K: "ch",
  G: "arks",
  H: "ea",
  I: "ightg",
  J: "wh"
}, v1 = {
  OiceXe: "f0f8ff",
  antiquewEte: "faebd7",
  aqua: "ffff",
  aquamarRe: "7fffd4",
  azuY: "f0ffff",
  beige: "f5f5dc",
  bisque: "ffe4c4",
  black: "0",
  blanKedOmond: "ffebcd",
  Xe: "ff",
  XeviTet: "8a2be2",
  bPwn: "a52a2a",
  burlywood: "deb887",
  caMtXe: "5f9ea0",
  KartYuse: "7fff00",
  KocTate: "d2691e",
  cSO: "ff7f50",
  cSnflowerXe: "6495ed",
  cSnsilk: "fff8dc",
  crimson: "dc143c",
  cyan: "ffff",
  xXe: "8b",
  xcyan: "8b8b",
  xgTMnPd: "b8860b",
  xWay: "a9a9a9",
  xgYF: "6400",
  xgYy: "a9a9a9",
  xkhaki: "bdb76b",
  xmagFta: "8b008b",
  xTivegYF: "556b2f",
  xSange: "ff8c00",
  xScEd: "9932cc",
  xYd: "8b0000",
  xsOmon: "e9967a",
  xsHgYF: "8fbc8f",
  xUXe: "483d8b",
  xUWay: "2f4f4f",
  xUgYy: "2f4f4f",
  xQe: "ced1",
  xviTet: "9400d3",
  dAppRk: "ff1493",
  dApskyXe: "bfff",
  dimWay: "696969",
  dimgYy: "696969",
  dodgerXe: "1e90ff",
  fiYbrick: "b22222",
  flSOwEte: "fffaf0",
  foYstWAn: "228b22",
  fuKsia: "ff00ff",
  gaRsbSo: "dcdcdc",
  ghostwEte: "f8f8ff",
  gTd: "ffd700",
  gTMnPd: "daa520",
  Way: "808080",
  gYF: "8000",
  gYFLw: "adff2f",
  gYy: "808080",
  honeyMw: "f0fff0",
  hotpRk: "ff69b4",
  RdianYd: "cd5c5c",
  Rdigo: "4b0082",
  ivSy: "fffff0",
  khaki: "f0e68c",
  lavFMr: "e6e6fa",
  lavFMrXsh: "fff0f5",
  lawngYF: "7cfc00",
  NmoncEffon: "fffacd",
  ZXe: "add8e6",
  ZcSO: "f08080",
  Zcyan: "e0ffff",
  ZgTMnPdLw: "fafad2",
  ZWay: "d3d3d3",
  ZgYF: "90ee90",
  ZgYy: "d3d3d3",
  ZpRk: "ffb6c1",
  ZsOmon: "ffa07a",
  ZsHgYF: "20b2aa",
  ZskyXe: "87cefa",
  ZUWay: "778899",
  ZUgYy: "778899",
  ZstAlXe: "b0c4de",
  ZLw: "ffffe0",
  lime: "ff00",
  limegYF: "32cd32",
  lRF: "faf0e6",
  magFta: "ff00ff",
  maPon: "800000",
  VaquamarRe: "66cdaa",
  VXe: "cd",
  VScEd: "ba55d3",
  VpurpN: "9370db",
  VsHgYF: "3cb371",
  VUXe: "7b68ee",
  VsprRggYF: "fa9a",
  VQe: "48d1cc",
  VviTetYd: "c71585",
  midnightXe: "191970",
  mRtcYam: "f5fffa",
  mistyPse: "ffe4e1",
  moccasR: "ffe4b5",
  navajowEte: "ffdead",
  navy: "80",
  Tdlace: "fdf5e6",
  Tive: "808000",
  TivedBb: "6b8e23",
  Sange: "ffa500",
  SangeYd: "ff4500",
  ScEd: "da70d6",
  pOegTMnPd: "eee8aa",
  pOegYF: "98fb98",
  pOeQe: "afeeee",
  pOeviTetYd: "db7093",
  papayawEp: "ffefd5",
  pHKpuff: "ffdab9",
  peru: "cd853f",
  pRk: "ffc0cb",
  plum: "dda0dd",
  powMrXe: "b0e0e6",
  purpN: "800080",
  YbeccapurpN: "663399",
  Yd: "ff0000",
  Psybrown: "bc8f8f",
  PyOXe: "4169e1",
  saddNbPwn: "8b4513",
  sOmon: "fa8072",
  sandybPwn: "f4a460",
  sHgYF: "2e8b57",
  sHshell: "fff5ee",
  siFna: "a0522d",
  silver: "c0c0c0",
  skyXe: "87ceeb",
  UXe: "6a5acd",
  UWay: "708090",
  UgYy: "708090",
  snow: "fffafa",
  sprRggYF: "ff7f",
  stAlXe: "4682b4",
  tan: "d2b48c",
  teO: "8080",
  tEstN: "d8bfd8",
  tomato: "ff6347",
  Qe: "40e0d0",
  viTet: "ee82ee",
  JHt: "f5deb3",
  wEte: "ffffff",
  wEtesmoke: "f5f5f5",
  Lw: "ffff00",
  LwgYF: "9acd32"
};
function dg() {
  const e = {}, t = Object.keys(v1), n = Object.keys(g1);
  let i, o, l, s, r;
  for (i = 0; i < t.length; i++) {
    for (s = r = t[i], o = 0; o < n.length; o++)
      l = n[o], r = r.replace(l, g1[l]);
    l = parseInt(v1[s], 16), e[r] = [l >> 16 & 255, l >> 8 & 255, l & 255];
  }
  return e;
}
let xs;
function pg(e) {
  xs || (xs = dg(), xs.transparent = [0, 0, 0, 0]);
  const t = xs[e.toLowerCase()];
  return t && {
    r: t[0],
    g: t[1],
    b: t[2],
    a: t.length === 4 ? t[3] : 255
  };
}
const gg = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;
function vg(e) {
  const t = gg.exec(e);
  let n = 255, i, o, l;
  if (t) {
    if (t[7] !== i) {
      const s = +t[7];
      n = t[8] ? Fi(s) : an(s * 255, 0, 255);
    }
    return i = +t[1], o = +t[3], l = +t[5], i = 255 & (t[2] ? Fi(i) : an(i, 0, 255)), o = 255 & (t[4] ? Fi(o) : an(o, 0, 255)), l = 255 & (t[6] ? Fi(l) : an(l, 0, 255)), {
      r: i,
      g: o,
      b: l,
      a: n
    };
  }
}
function mg(e) {
  return e && (e.a < 255 ? `rgba(${e.r}, ${e.g}, ${e.b}, ${Ge(e.a)})` : `rgb(${e.r}, ${e.g}, ${e.b})`);
}
const al = (e) => e <= 31308e-7 ? e * 12.92 : Math.pow(e, 1 / 2.4) * 1.055 - 0.055, Yn = (e) => e <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
function bg(e, t, n) {
  const i = Yn(Ge(e.r)), o = Yn(Ge(e.g)), l = Yn(Ge(e.b));
  return {
    r: cn(al(i + n * (Yn(Ge(t.r)) - i))),
    g: cn(al(o + n * (Yn(Ge(t.g)) - o))),
    b: cn(al(l + n * (Yn(Ge(t.b)) - l))),
    a: e.a + n * (t.a - e.a)
  };
}
function Ms(e, t, n) {
  if (e) {
    let i = Lr(e);
    i[t] = Math.max(0, Math.min(i[t] + i[t] * n, t === 0 ? 360 : 1)), i = $r(i), e.r = i[0], e.g = i[1], e.b = i[2];
  }
}
function Eu(e, t) {
  return e && Object.assign(t || {}, e);
}
function m1(e) {
  var t = { r: 0, g: 0, b: 0, a: 255 };
  return Array.isArray(e) ? e.length >= 3 && (t = { r: e[0], g: e[1], b: e[2], a: 255 }, e.length > 3 && (t.a = cn(e[3]))) : (t = Eu(e, { r: 0, g: 0, b: 0, a: 1 }), t.a = cn(t.a)), t;
}
function yg(e) {
  return e.charAt(0) === "r" ? vg(e) : fg(e);
}
let Du = class Xl {
  constructor(t) {
    if (t instanceof Xl)
      return t;
    const n = typeof t;
    let i;
    n === "object" ? i = m1(t) : n === "string" && (i = eg(t) || pg(t) || yg(t)), this._rgb = i, this._valid = !!i;
  }
  get valid() {
    return this._valid;
  }
  get rgb() {
    var t = Eu(this._rgb);
    return t && (t.a = Ge(t.a)), t;
  }
  set rgb(t) {
    this._rgb = m1(t);
  }
  rgbString() {
    return this._valid ? mg(this._rgb) : void 0;
  }
  hexString() {
    return this._valid ? ig(this._rgb) : void 0;
  }
  hslString() {
    return this._valid ? hg(this._rgb) : void 0;
  }
  mix(t, n) {
    if (t) {
      const i = this.rgb, o = t.rgb;
      let l;
      const s = n === l ? 0.5 : n, r = 2 * s - 1, a = i.a - o.a, c = ((r * a === -1 ? r : (r + a) / (1 + r * a)) + 1) / 2;
      l = 1 - c, i.r = 255 & c * i.r + l * o.r + 0.5, i.g = 255 & c * i.g + l * o.g + 0.5, i.b = 255 & c * i.b + l * o.b + 0.5, i.a = s * i.a + (1 - s) * o.a, this.rgb = i;
    }
    return this;
  }
  interpolate(t, n) {
    return t && (this._rgb = bg(this._rgb, t._rgb, n)), this;
  }
  clone() {
    return new Xl(this.rgb);
  }
  alpha(t) {
    return this._rgb.a = cn(t), this;
  }
  clearer(t) {
    const n = this._rgb;
    return n.a *= 1 - t, this;
  }
  greyscale() {
    const t = this._rgb, n = fs(t.r * 0.3 + t.g * 0.59 + t.b * 0.11);
    return t.r = t.g = t.b = n, this;
  }
  opaquer(t) {
    const n = this._rgb;
    return n.a *= 1 + t, this;
  }
  negate() {
    const t = this._rgb;
    return t.r = 255 - t.r, t.g = 255 - t.g, t.b = 255 - t.b, this;
  }
  lighten(t) {
    return Ms(this._rgb, 2, t), this;
  }
  darken(t) {
    return Ms(this._rgb, 2, -t), this;
  }
  saturate(t) {
    return Ms(this._rgb, 1, t), this;
  }
  desaturate(t) {
    return Ms(this._rgb, 1, -t), this;
  }
  rotate(t) {
    return ug(this._rgb, t), this;
  }
};
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
function He() {
}
const kg = /* @__PURE__ */ (() => {
  let e = 0;
  return () => e++;
})();
function Mt(e) {
  return e == null;
}
function Ft(e) {
  if (Array.isArray && Array.isArray(e))
    return !0;
  const t = Object.prototype.toString.call(e);
  return t.slice(0, 7) === "[object" && t.slice(-6) === "Array]";
}
function ct(e) {
  return e !== null && Object.prototype.toString.call(e) === "[object Object]";
}
function Lt(e) {
  return (typeof e == "number" || e instanceof Number) && isFinite(+e);
}
function Me(e, t) {
  return Lt(e) ? e : t;
}
function pt(e, t) {
  return typeof e > "u" ? t : e;
}
const wg = (e, t) => typeof e == "string" && e.endsWith("%") ? parseFloat(e) / 100 * t : +e;
function xt(e, t, n) {
  if (e && typeof e.call == "function")
    return e.apply(n, t);
}
function ht(e, t, n, i) {
  let o, l, s;
  if (Ft(e))
    for (l = e.length, o = 0; o < l; o++)
      t.call(n, e[o], o);
  else if (ct(e))
    for (s = Object.keys(e), l = s.length, o = 0; o < l; o++)
      t.call(n, e[s[o]], s[o]);
}
function wo(e, t) {
  let n, i, o, l;
  if (!e || !t || e.length !== t.length)
    return !1;
  for (n = 0, i = e.length; n < i; ++n)
    if (o = e[n], l = t[n], o.datasetIndex !== l.datasetIndex || o.index !== l.index)
      return !1;
  return !0;
}
function xo(e) {
  if (Ft(e))
    return e.map(xo);
  if (ct(e)) {
    const t = /* @__PURE__ */ Object.create(null), n = Object.keys(e), i = n.length;
    let o = 0;
    for (; o < i; ++o)
      t[n[o]] = xo(e[n[o]]);
    return t;
  }
  return e;
}
function Cu(e) {
  return [
    "__proto__",
    "prototype",
    "constructor"
  ].indexOf(e) === -1;
}
function xg(e, t, n, i) {
  if (!Cu(e))
    return;
  const o = t[e], l = n[e];
  ct(o) && ct(l) ? Ji(o, l, i) : t[e] = xo(l);
}
function Ji(e, t, n) {
  const i = Ft(t) ? t : [
    t
  ], o = i.length;
  if (!ct(e))
    return e;
  n = n || {};
  const l = n.merger || xg;
  let s;
  for (let r = 0; r < o; ++r) {
    if (s = i[r], !ct(s))
      continue;
    const a = Object.keys(s);
    for (let c = 0, f = a.length; c < f; ++c)
      l(a[c], e, s, n);
  }
  return e;
}
function Bi(e, t) {
  return Ji(e, t, {
    merger: Mg
  });
}
function Mg(e, t, n) {
  if (!Cu(e))
    return;
  const i = t[e], o = n[e];
  ct(i) && ct(o) ? Bi(i, o) : Object.prototype.hasOwnProperty.call(t, e) || (t[e] = xo(o));
}
const b1 = {
  // Chart.helpers.core resolveObjectKey should resolve empty key to root object
  "": (e) => e,
  // default resolvers
  x: (e) => e.x,
  y: (e) => e.y
};
function Eg(e) {
  const t = e.split("."), n = [];
  let i = "";
  for (const o of t)
    i += o, i.endsWith("\\") ? i = i.slice(0, -1) + "." : (n.push(i), i = "");
  return n;
}
function Dg(e) {
  const t = Eg(e);
  return (n) => {
    for (const i of t) {
      if (i === "")
        break;
      n = n && n[i];
    }
    return n;
  };
}
function Mo(e, t) {
  return (b1[t] || (b1[t] = Dg(t)))(e);
}
function zr(e) {
  return e.charAt(0).toUpperCase() + e.slice(1);
}
const Eo = (e) => typeof e < "u", hn = (e) => typeof e == "function", y1 = (e, t) => {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
};
function Cg(e) {
  return e.type === "mouseup" || e.type === "click" || e.type === "contextmenu";
}
const Vt = Math.PI, Te = 2 * Vt, _g = Te + Vt, Do = Number.POSITIVE_INFINITY, Og = Vt / 180, ge = Vt / 2, kn = Vt / 4, k1 = Vt * 2 / 3, _u = Math.log10, ri = Math.sign;
function Hi(e, t, n) {
  return Math.abs(e - t) < n;
}
function w1(e) {
  const t = Math.round(e);
  e = Hi(e, t, e / 1e3) ? t : e;
  const n = Math.pow(10, Math.floor(_u(e))), i = e / n;
  return (i <= 1 ? 1 : i <= 2 ? 2 : i <= 5 ? 5 : 10) * n;
}
function Ng(e) {
  const t = [], n = Math.sqrt(e);
  let i;
  for (i = 1; i < n; i++)
    e % i === 0 && (t.push(i), t.push(e / i));
  return n === (n | 0) && t.push(n), t.sort((o, l) => o - l).pop(), t;
}
function Co(e) {
  return !isNaN(parseFloat(e)) && isFinite(e);
}
function Sg(e, t) {
  const n = Math.round(e);
  return n - t <= e && n + t >= e;
}
function Rg(e, t, n) {
  let i, o, l;
  for (i = 0, o = e.length; i < o; i++)
    l = e[i][n], isNaN(l) || (t.min = Math.min(t.min, l), t.max = Math.max(t.max, l));
}
function On(e) {
  return e * (Vt / 180);
}
function Fg(e) {
  return e * (180 / Vt);
}
function x1(e) {
  if (!Lt(e))
    return;
  let t = 1, n = 0;
  for (; Math.round(e * t) / t !== e; )
    t *= 10, n++;
  return n;
}
function Ag(e, t) {
  const n = t.x - e.x, i = t.y - e.y, o = Math.sqrt(n * n + i * i);
  let l = Math.atan2(i, n);
  return l < -0.5 * Vt && (l += Te), {
    angle: l,
    distance: o
  };
}
function Zl(e, t) {
  return Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
}
function Pg(e, t) {
  return (e - t + _g) % Te - Vt;
}
function _e(e) {
  return (e % Te + Te) % Te;
}
function Ou(e, t, n, i) {
  const o = _e(e), l = _e(t), s = _e(n), r = _e(l - o), a = _e(s - o), c = _e(o - l), f = _e(o - s);
  return o === l || o === s || i && l === s || r > a && c < f;
}
function Fe(e, t, n) {
  return Math.max(t, Math.min(n, e));
}
function Tg(e) {
  return Fe(e, -32768, 32767);
}
function Nu(e, t, n, i = 1e-6) {
  return e >= Math.min(t, n) - i && e <= Math.max(t, n) + i;
}
function Br(e, t, n) {
  n = n || ((s) => e[s] < t);
  let i = e.length - 1, o = 0, l;
  for (; i - o > 1; )
    l = o + i >> 1, n(l) ? o = l : i = l;
  return {
    lo: o,
    hi: i
  };
}
const Ql = (e, t, n, i) => Br(e, n, i ? (o) => {
  const l = e[o][t];
  return l < n || l === n && e[o + 1][t] === n;
} : (o) => e[o][t] < n), Vg = (e, t, n) => Br(e, n, (i) => e[i][t] >= n);
function Lg(e, t, n) {
  let i = 0, o = e.length;
  for (; i < o && e[i] < t; )
    i++;
  for (; o > i && e[o - 1] > n; )
    o--;
  return i > 0 || o < e.length ? e.slice(i, o) : e;
}
const Su = [
  "push",
  "pop",
  "shift",
  "splice",
  "unshift"
];
function Ig(e, t) {
  if (e._chartjs) {
    e._chartjs.listeners.push(t);
    return;
  }
  Object.defineProperty(e, "_chartjs", {
    configurable: !0,
    enumerable: !1,
    value: {
      listeners: [
        t
      ]
    }
  }), Su.forEach((n) => {
    const i = "_onData" + zr(n), o = e[n];
    Object.defineProperty(e, n, {
      configurable: !0,
      enumerable: !1,
      value(...l) {
        const s = o.apply(this, l);
        return e._chartjs.listeners.forEach((r) => {
          typeof r[i] == "function" && r[i](...l);
        }), s;
      }
    });
  });
}
function M1(e, t) {
  const n = e._chartjs;
  if (!n)
    return;
  const i = n.listeners, o = i.indexOf(t);
  o !== -1 && i.splice(o, 1), !(i.length > 0) && (Su.forEach((l) => {
    delete e[l];
  }), delete e._chartjs);
}
function $g(e) {
  const t = new Set(e);
  return t.size === e.length ? e : Array.from(t);
}
const Ru = function() {
  return typeof window > "u" ? function(e) {
    return e();
  } : window.requestAnimationFrame;
}();
function Fu(e, t) {
  let n = [], i = !1;
  return function(...o) {
    n = o, i || (i = !0, Ru.call(window, () => {
      i = !1, e.apply(t, n);
    }));
  };
}
function zg(e, t) {
  let n;
  return function(...i) {
    return t ? (clearTimeout(n), n = setTimeout(e, t, i)) : e.apply(this, i), t;
  };
}
const Bg = (e) => e === "start" ? "left" : e === "end" ? "right" : "center", E1 = (e, t, n) => e === "start" ? t : e === "end" ? n : (t + n) / 2, Es = (e) => e === 0 || e === 1, D1 = (e, t, n) => -(Math.pow(2, 10 * (e -= 1)) * Math.sin((e - t) * Te / n)), C1 = (e, t, n) => Math.pow(2, -10 * e) * Math.sin((e - t) * Te / n) + 1, ji = {
  linear: (e) => e,
  easeInQuad: (e) => e * e,
  easeOutQuad: (e) => -e * (e - 2),
  easeInOutQuad: (e) => (e /= 0.5) < 1 ? 0.5 * e * e : -0.5 * (--e * (e - 2) - 1),
  easeInCubic: (e) => e * e * e,
  easeOutCubic: (e) => (e -= 1) * e * e + 1,
  easeInOutCubic: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e : 0.5 * ((e -= 2) * e * e + 2),
  easeInQuart: (e) => e * e * e * e,
  easeOutQuart: (e) => -((e -= 1) * e * e * e - 1),
  easeInOutQuart: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e * e : -0.5 * ((e -= 2) * e * e * e - 2),
  easeInQuint: (e) => e * e * e * e * e,
  easeOutQuint: (e) => (e -= 1) * e * e * e * e + 1,
  easeInOutQuint: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e * e * e : 0.5 * ((e -= 2) * e * e * e * e + 2),
  easeInSine: (e) => -Math.cos(e * ge) + 1,
  easeOutSine: (e) => Math.sin(e * ge),
  easeInOutSine: (e) => -0.5 * (Math.cos(Vt * e) - 1),
  easeInExpo: (e) => e === 0 ? 0 : Math.pow(2, 10 * (e - 1)),
  easeOutExpo: (e) => e === 1 ? 1 : -Math.pow(2, -10 * e) + 1,
  easeInOutExpo: (e) => Es(e) ? e : e < 0.5 ? 0.5 * Math.pow(2, 10 * (e * 2 - 1)) : 0.5 * (-Math.pow(2, -10 * (e * 2 - 1)) + 2),
  easeInCirc: (e) => e >= 1 ? e : -(Math.sqrt(1 - e * e) - 1),
  easeOutCirc: (e) => Math.sqrt(1 - (e -= 1) * e),
  easeInOutCirc: (e) => (e /= 0.5) < 1 ? -0.5 * (Math.sqrt(1 - e * e) - 1) : 0.5 * (Math.sqrt(1 - (e -= 2) * e) + 1),
  easeInElastic: (e) => Es(e) ? e : D1(e, 0.075, 0.3),
  easeOutElastic: (e) => Es(e) ? e : C1(e, 0.075, 0.3),
  easeInOutElastic(e) {
    return Es(e) ? e : e < 0.5 ? 0.5 * D1(e * 2, 0.1125, 0.45) : 0.5 + 0.5 * C1(e * 2 - 1, 0.1125, 0.45);
  },
  easeInBack(e) {
    return e * e * ((1.70158 + 1) * e - 1.70158);
  },
  easeOutBack(e) {
    return (e -= 1) * e * ((1.70158 + 1) * e + 1.70158) + 1;
  },
  easeInOutBack(e) {
    let t = 1.70158;
    return (e /= 0.5) < 1 ? 0.5 * (e * e * (((t *= 1.525) + 1) * e - t)) : 0.5 * ((e -= 2) * e * (((t *= 1.525) + 1) * e + t) + 2);
  },
  easeInBounce: (e) => 1 - ji.easeOutBounce(1 - e),
  easeOutBounce(e) {
    return e < 1 / 2.75 ? 7.5625 * e * e : e < 2 / 2.75 ? 7.5625 * (e -= 1.5 / 2.75) * e + 0.75 : e < 2.5 / 2.75 ? 7.5625 * (e -= 2.25 / 2.75) * e + 0.9375 : 7.5625 * (e -= 2.625 / 2.75) * e + 0.984375;
  },
  easeInOutBounce: (e) => e < 0.5 ? ji.easeInBounce(e * 2) * 0.5 : ji.easeOutBounce(e * 2 - 1) * 0.5 + 0.5
};
function Hr(e) {
  if (e && typeof e == "object") {
    const t = e.toString();
    return t === "[object CanvasPattern]" || t === "[object CanvasGradient]";
  }
  return !1;
}
function _1(e) {
  return Hr(e) ? e : new Du(e);
}
function cl(e) {
  return Hr(e) ? e : new Du(e).saturate(0.5).darken(0.1).hexString();
}
const Hg = [
  "x",
  "y",
  "borderWidth",
  "radius",
  "tension"
], jg = [
  "color",
  "borderColor",
  "backgroundColor"
];
function Wg(e) {
  e.set("animation", {
    delay: void 0,
    duration: 1e3,
    easing: "easeOutQuart",
    fn: void 0,
    from: void 0,
    loop: void 0,
    to: void 0,
    type: void 0
  }), e.describe("animation", {
    _fallback: !1,
    _indexable: !1,
    _scriptable: (t) => t !== "onProgress" && t !== "onComplete" && t !== "fn"
  }), e.set("animations", {
    colors: {
      type: "color",
      properties: jg
    },
    numbers: {
      type: "number",
      properties: Hg
    }
  }), e.describe("animations", {
    _fallback: "animation"
  }), e.set("transitions", {
    active: {
      animation: {
        duration: 400
      }
    },
    resize: {
      animation: {
        duration: 0
      }
    },
    show: {
      animations: {
        colors: {
          from: "transparent"
        },
        visible: {
          type: "boolean",
          duration: 0
        }
      }
    },
    hide: {
      animations: {
        colors: {
          to: "transparent"
        },
        visible: {
          type: "boolean",
          easing: "linear",
          fn: (t) => t | 0
        }
      }
    }
  });
}
function qg(e) {
  e.set("layout", {
    autoPadding: !0,
    padding: {
      top: 0,
      right: 0,
      bottom: 0,
      left: 0
    }
  });
}
const O1 = /* @__PURE__ */ new Map();
function Ug(e, t) {
  t = t || {};
  const n = e + JSON.stringify(t);
  let i = O1.get(n);
  return i || (i = new Intl.NumberFormat(e, t), O1.set(n, i)), i;
}
function Au(e, t, n) {
  return Ug(t, n).format(e);
}
const Gg = {
  values(e) {
    return Ft(e) ? e : "" + e;
  },
  numeric(e, t, n) {
    if (e === 0)
      return "0";
    const i = this.chart.options.locale;
    let o, l = e;
    if (n.length > 1) {
      const c = Math.max(Math.abs(n[0].value), Math.abs(n[n.length - 1].value));
      (c < 1e-4 || c > 1e15) && (o = "scientific"), l = Yg(e, n);
    }
    const s = _u(Math.abs(l)), r = isNaN(s) ? 1 : Math.max(Math.min(-1 * Math.floor(s), 20), 0), a = {
      notation: o,
      minimumFractionDigits: r,
      maximumFractionDigits: r
    };
    return Object.assign(a, this.options.ticks.format), Au(e, i, a);
  }
};
function Yg(e, t) {
  let n = t.length > 3 ? t[2].value - t[1].value : t[1].value - t[0].value;
  return Math.abs(n) >= 1 && e !== Math.floor(e) && (n = e - Math.floor(e)), n;
}
var Pu = {
  formatters: Gg
};
function Kg(e) {
  e.set("scale", {
    display: !0,
    offset: !1,
    reverse: !1,
    beginAtZero: !1,
    bounds: "ticks",
    clip: !0,
    grace: 0,
    grid: {
      display: !0,
      lineWidth: 1,
      drawOnChartArea: !0,
      drawTicks: !0,
      tickLength: 8,
      tickWidth: (t, n) => n.lineWidth,
      tickColor: (t, n) => n.color,
      offset: !1
    },
    border: {
      display: !0,
      dash: [],
      dashOffset: 0,
      width: 1
    },
    title: {
      display: !1,
      text: "",
      padding: {
        top: 4,
        bottom: 4
      }
    },
    ticks: {
      minRotation: 0,
      maxRotation: 50,
      mirror: !1,
      textStrokeWidth: 0,
      textStrokeColor: "",
      padding: 3,
      display: !0,
      autoSkip: !0,
      autoSkipPadding: 3,
      labelOffset: 0,
      callback: Pu.formatters.values,
      minor: {},
      major: {},
      align: "center",
      crossAlign: "near",
      showLabelBackdrop: !1,
      backdropColor: "rgba(255, 255, 255, 0.75)",
      backdropPadding: 2
    }
  }), e.route("scale.ticks", "color", "", "color"), e.route("scale.grid", "color", "", "borderColor"), e.route("scale.border", "color", "", "borderColor"), e.route("scale.title", "color", "", "color"), e.describe("scale", {
    _fallback: !1,
    _scriptable: (t) => !t.startsWith("before") && !t.startsWith("after") && t !== "callback" && t !== "parser",
    _indexable: (t) => t !== "borderDash" && t !== "tickBorderDash" && t !== "dash"
  }), e.describe("scales", {
    _fallback: "scale"
  }), e.describe("scale.ticks", {
    _scriptable: (t) => t !== "backdropPadding" && t !== "callback",
    _indexable: (t) => t !== "backdropPadding"
  });
}
const Bn = /* @__PURE__ */ Object.create(null), Jl = /* @__PURE__ */ Object.create(null);
function Wi(e, t) {
  if (!t)
    return e;
  const n = t.split(".");
  for (let i = 0, o = n.length; i < o; ++i) {
    const l = n[i];
    e = e[l] || (e[l] = /* @__PURE__ */ Object.create(null));
  }
  return e;
}
function fl(e, t, n) {
  return typeof t == "string" ? Ji(Wi(e, t), n) : Ji(Wi(e, ""), t);
}
class Xg {
  constructor(t, n) {
    this.animation = void 0, this.backgroundColor = "rgba(0,0,0,0.1)", this.borderColor = "rgba(0,0,0,0.1)", this.color = "#666", this.datasets = {}, this.devicePixelRatio = (i) => i.chart.platform.getDevicePixelRatio(), this.elements = {}, this.events = [
      "mousemove",
      "mouseout",
      "click",
      "touchstart",
      "touchmove"
    ], this.font = {
      family: "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",
      size: 12,
      style: "normal",
      lineHeight: 1.2,
      weight: null
    }, this.hover = {}, this.hoverBackgroundColor = (i, o) => cl(o.backgroundColor), this.hoverBorderColor = (i, o) => cl(o.borderColor), this.hoverColor = (i, o) => cl(o.color), this.indexAxis = "x", this.interaction = {
      mode: "nearest",
      intersect: !0,
      includeInvisible: !1
    }, this.maintainAspectRatio = !0, this.onHover = null, this.onClick = null, this.parsing = !0, this.plugins = {}, this.responsive = !0, this.scale = void 0, this.scales = {}, this.showLine = !0, this.drawActiveElementsOnTop = !0, this.describe(t), this.apply(n);
  }
  set(t, n) {
    return fl(this, t, n);
  }
  get(t) {
    return Wi(this, t);
  }
  describe(t, n) {
    return fl(Jl, t, n);
  }
  override(t, n) {
    return fl(Bn, t, n);
  }
  route(t, n, i, o) {
    const l = Wi(this, t), s = Wi(this, i), r = "_" + n;
    Object.defineProperties(l, {
      [r]: {
        value: l[n],
        writable: !0
      },
      [n]: {
        enumerable: !0,
        get() {
          const a = this[r], c = s[o];
          return ct(a) ? Object.assign({}, c, a) : pt(a, c);
        },
        set(a) {
          this[r] = a;
        }
      }
    });
  }
  apply(t) {
    t.forEach((n) => n(this));
  }
}
var Ct = /* @__PURE__ */ new Xg({
  _scriptable: (e) => !e.startsWith("on"),
  _indexable: (e) => e !== "events",
  hover: {
    _fallback: "interaction"
  },
  interaction: {
    _scriptable: !1,
    _indexable: !1
  }
}, [
  Wg,
  qg,
  Kg
]);
function Zg(e) {
  return !e || Mt(e.size) || Mt(e.family) ? null : (e.style ? e.style + " " : "") + (e.weight ? e.weight + " " : "") + e.size + "px " + e.family;
}
function N1(e, t, n, i, o) {
  let l = t[o];
  return l || (l = t[o] = e.measureText(o).width, n.push(o)), l > i && (i = l), i;
}
function wn(e, t, n) {
  const i = e.currentDevicePixelRatio, o = n !== 0 ? Math.max(n / 2, 0.5) : 0;
  return Math.round((t - o) * i) / i + o;
}
function S1(e, t) {
  !t && !e || (t = t || e.getContext("2d"), t.save(), t.resetTransform(), t.clearRect(0, 0, e.width, e.height), t.restore());
}
function tr(e, t, n, i) {
  Qg(e, t, n, i);
}
function Qg(e, t, n, i, o) {
  let l, s, r, a, c, f, u, h;
  const d = t.pointStyle, p = t.rotation, v = t.radius;
  let m = (p || 0) * Og;
  if (d && typeof d == "object" && (l = d.toString(), l === "[object HTMLImageElement]" || l === "[object HTMLCanvasElement]")) {
    e.save(), e.translate(n, i), e.rotate(m), e.drawImage(d, -d.width / 2, -d.height / 2, d.width, d.height), e.restore();
    return;
  }
  if (!(isNaN(v) || v <= 0)) {
    switch (e.beginPath(), d) {
      // Default includes circle
      default:
        e.arc(n, i, v, 0, Te), e.closePath();
        break;
      case "triangle":
        f = v, e.moveTo(n + Math.sin(m) * f, i - Math.cos(m) * v), m += k1, e.lineTo(n + Math.sin(m) * f, i - Math.cos(m) * v), m += k1, e.lineTo(n + Math.sin(m) * f, i - Math.cos(m) * v), e.closePath();
        break;
      case "rectRounded":
        c = v * 0.516, a = v - c, s = Math.cos(m + kn) * a, u = Math.cos(m + kn) * a, r = Math.sin(m + kn) * a, h = Math.sin(m + kn) * a, e.arc(n - u, i - r, c, m - Vt, m - ge), e.arc(n + h, i - s, c, m - ge, m), e.arc(n + u, i + r, c, m, m + ge), e.arc(n - h, i + s, c, m + ge, m + Vt), e.closePath();
        break;
      case "rect":
        if (!p) {
          a = Math.SQRT1_2 * v, f = a, e.rect(n - f, i - a, 2 * f, 2 * a);
          break;
        }
        m += kn;
      /* falls through */
      case "rectRot":
        u = Math.cos(m) * v, s = Math.cos(m) * v, r = Math.sin(m) * v, h = Math.sin(m) * v, e.moveTo(n - u, i - r), e.lineTo(n + h, i - s), e.lineTo(n + u, i + r), e.lineTo(n - h, i + s), e.closePath();
        break;
      case "crossRot":
        m += kn;
      /* falls through */
      case "cross":
        u = Math.cos(m) * v, s = Math.cos(m) * v, r = Math.sin(m) * v, h = Math.sin(m) * v, e.moveTo(n - u, i - r), e.lineTo(n + u, i + r), e.moveTo(n + h, i - s), e.lineTo(n - h, i + s);
        break;
      case "star":
        u = Math.cos(m) * v, s = Math.cos(m) * v, r = Math.sin(m) * v, h = Math.sin(m) * v, e.moveTo(n - u, i - r), e.lineTo(n + u, i + r), e.moveTo(n + h, i - s), e.lineTo(n - h, i + s), m += kn, u = Math.cos(m) * v, s = Math.cos(m) * v, r = Math.sin(m) * v, h = Math.sin(m) * v, e.moveTo(n - u, i - r), e.lineTo(n + u, i + r), e.moveTo(n + h, i - s), e.lineTo(n - h, i + s);
        break;
      case "line":
        s = Math.cos(m) * v, r = Math.sin(m) * v, e.moveTo(n - s, i - r), e.lineTo(n + s, i + r);
        break;
      case "dash":
        e.moveTo(n, i), e.lineTo(n + Math.cos(m) * v, i + Math.sin(m) * v);
        break;
      case !1:
        e.closePath();
        break;
    }
    e.fill(), t.borderWidth > 0 && e.stroke();
  }
}
function ts(e, t, n) {
  return n = n || 0.5, !t || e && e.x > t.left - n && e.x < t.right + n && e.y > t.top - n && e.y < t.bottom + n;
}
function jr(e, t) {
  e.save(), e.beginPath(), e.rect(t.left, t.top, t.right - t.left, t.bottom - t.top), e.clip();
}
function Wr(e) {
  e.restore();
}
function Jg(e, t, n, i, o) {
  if (!t)
    return e.lineTo(n.x, n.y);
  if (o === "middle") {
    const l = (t.x + n.x) / 2;
    e.lineTo(l, t.y), e.lineTo(l, n.y);
  } else o === "after" != !!i ? e.lineTo(t.x, n.y) : e.lineTo(n.x, t.y);
  e.lineTo(n.x, n.y);
}
function t0(e, t, n, i) {
  if (!t)
    return e.lineTo(n.x, n.y);
  e.bezierCurveTo(i ? t.cp1x : t.cp2x, i ? t.cp1y : t.cp2y, i ? n.cp2x : n.cp1x, i ? n.cp2y : n.cp1y, n.x, n.y);
}
function e0(e, t) {
  t.translation && e.translate(t.translation[0], t.translation[1]), Mt(t.rotation) || e.rotate(t.rotation), t.color && (e.fillStyle = t.color), t.textAlign && (e.textAlign = t.textAlign), t.textBaseline && (e.textBaseline = t.textBaseline);
}
function n0(e, t, n, i, o) {
  if (o.strikethrough || o.underline) {
    const l = e.measureText(i), s = t - l.actualBoundingBoxLeft, r = t + l.actualBoundingBoxRight, a = n - l.actualBoundingBoxAscent, c = n + l.actualBoundingBoxDescent, f = o.strikethrough ? (a + c) / 2 : c;
    e.strokeStyle = e.fillStyle, e.beginPath(), e.lineWidth = o.decorationWidth || 2, e.moveTo(s, f), e.lineTo(r, f), e.stroke();
  }
}
function i0(e, t) {
  const n = e.fillStyle;
  e.fillStyle = t.color, e.fillRect(t.left, t.top, t.width, t.height), e.fillStyle = n;
}
function R1(e, t, n, i, o, l = {}) {
  const s = Ft(t) ? t : [
    t
  ], r = l.strokeWidth > 0 && l.strokeColor !== "";
  let a, c;
  for (e.save(), e.font = o.string, e0(e, l), a = 0; a < s.length; ++a)
    c = s[a], l.backdrop && i0(e, l.backdrop), r && (l.strokeColor && (e.strokeStyle = l.strokeColor), Mt(l.strokeWidth) || (e.lineWidth = l.strokeWidth), e.strokeText(c, n, i, l.maxWidth)), e.fillText(c, n, i, l.maxWidth), n0(e, n, i, c, l), i += Number(o.lineHeight);
  e.restore();
}
function F1(e, t) {
  const { x: n, y: i, w: o, h: l, radius: s } = t;
  e.arc(n + s.topLeft, i + s.topLeft, s.topLeft, 1.5 * Vt, Vt, !0), e.lineTo(n, i + l - s.bottomLeft), e.arc(n + s.bottomLeft, i + l - s.bottomLeft, s.bottomLeft, Vt, ge, !0), e.lineTo(n + o - s.bottomRight, i + l), e.arc(n + o - s.bottomRight, i + l - s.bottomRight, s.bottomRight, ge, 0, !0), e.lineTo(n + o, i + s.topRight), e.arc(n + o - s.topRight, i + s.topRight, s.topRight, 0, -ge, !0), e.lineTo(n + s.topLeft, i);
}
const s0 = /^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/, o0 = /^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;
function l0(e, t) {
  const n = ("" + e).match(s0);
  if (!n || n[1] === "normal")
    return t * 1.2;
  switch (e = +n[2], n[3]) {
    case "px":
      return e;
    case "%":
      e /= 100;
      break;
  }
  return t * e;
}
const r0 = (e) => +e || 0;
function Tu(e, t) {
  const n = {}, i = ct(t), o = i ? Object.keys(t) : t, l = ct(e) ? i ? (s) => pt(e[s], e[t[s]]) : (s) => e[s] : () => e;
  for (const s of o)
    n[s] = r0(l(s));
  return n;
}
function a0(e) {
  return Tu(e, {
    top: "y",
    right: "x",
    bottom: "y",
    left: "x"
  });
}
function Zs(e) {
  return Tu(e, [
    "topLeft",
    "topRight",
    "bottomLeft",
    "bottomRight"
  ]);
}
function dn(e) {
  const t = a0(e);
  return t.width = t.left + t.right, t.height = t.top + t.bottom, t;
}
function Ae(e, t) {
  e = e || {}, t = t || Ct.font;
  let n = pt(e.size, t.size);
  typeof n == "string" && (n = parseInt(n, 10));
  let i = pt(e.style, t.style);
  i && !("" + i).match(o0) && (console.warn('Invalid font style specified: "' + i + '"'), i = void 0);
  const o = {
    family: pt(e.family, t.family),
    lineHeight: l0(pt(e.lineHeight, t.lineHeight), n),
    size: n,
    style: i,
    weight: pt(e.weight, t.weight),
    string: ""
  };
  return o.string = Zg(o), o;
}
function Ds(e, t, n, i) {
  let o, l, s;
  for (o = 0, l = e.length; o < l; ++o)
    if (s = e[o], s !== void 0 && s !== void 0)
      return s;
}
function c0(e, t, n) {
  const { min: i, max: o } = e, l = wg(t, (o - i) / 2), s = (r, a) => n && r === 0 ? 0 : r + a;
  return {
    min: s(i, -Math.abs(l)),
    max: s(o, l)
  };
}
function Hn(e, t) {
  return Object.assign(Object.create(e), t);
}
function qr(e, t = [
  ""
], n, i, o = () => e[0]) {
  const l = n || e;
  typeof i > "u" && (i = $u("_fallback", e));
  const s = {
    [Symbol.toStringTag]: "Object",
    _cacheable: !0,
    _scopes: e,
    _rootScopes: l,
    _fallback: i,
    _getTarget: o,
    override: (r) => qr([
      r,
      ...e
    ], t, l, i)
  };
  return new Proxy(s, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(r, a) {
      return delete r[a], delete r._keys, delete e[0][a], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(r, a) {
      return Lu(r, a, () => m0(a, t, e, r));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(r, a) {
      return Reflect.getOwnPropertyDescriptor(r._scopes[0], a);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(e[0]);
    },
    /**
    * A trap for the in operator.
    */
    has(r, a) {
      return P1(r).includes(a);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys(r) {
      return P1(r);
    },
    /**
    * A trap for setting property values.
    */
    set(r, a, c) {
      const f = r._storage || (r._storage = o());
      return r[a] = f[a] = c, delete r._keys, !0;
    }
  });
}
function ai(e, t, n, i) {
  const o = {
    _cacheable: !1,
    _proxy: e,
    _context: t,
    _subProxy: n,
    _stack: /* @__PURE__ */ new Set(),
    _descriptors: Vu(e, i),
    setContext: (l) => ai(e, l, n, i),
    override: (l) => ai(e.override(l), t, n, i)
  };
  return new Proxy(o, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(l, s) {
      return delete l[s], delete e[s], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(l, s, r) {
      return Lu(l, s, () => u0(l, s, r));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(l, s) {
      return l._descriptors.allKeys ? Reflect.has(e, s) ? {
        enumerable: !0,
        configurable: !0
      } : void 0 : Reflect.getOwnPropertyDescriptor(e, s);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(e);
    },
    /**
    * A trap for the in operator.
    */
    has(l, s) {
      return Reflect.has(e, s);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys() {
      return Reflect.ownKeys(e);
    },
    /**
    * A trap for setting property values.
    */
    set(l, s, r) {
      return e[s] = r, delete l[s], !0;
    }
  });
}
function Vu(e, t = {
  scriptable: !0,
  indexable: !0
}) {
  const { _scriptable: n = t.scriptable, _indexable: i = t.indexable, _allKeys: o = t.allKeys } = e;
  return {
    allKeys: o,
    scriptable: n,
    indexable: i,
    isScriptable: hn(n) ? n : () => n,
    isIndexable: hn(i) ? i : () => i
  };
}
const f0 = (e, t) => e ? e + zr(t) : t, Ur = (e, t) => ct(t) && e !== "adapters" && (Object.getPrototypeOf(t) === null || t.constructor === Object);
function Lu(e, t, n) {
  if (Object.prototype.hasOwnProperty.call(e, t) || t === "constructor")
    return e[t];
  const i = n();
  return e[t] = i, i;
}
function u0(e, t, n) {
  const { _proxy: i, _context: o, _subProxy: l, _descriptors: s } = e;
  let r = i[t];
  return hn(r) && s.isScriptable(t) && (r = h0(t, r, e, n)), Ft(r) && r.length && (r = d0(t, r, e, s.isIndexable)), Ur(t, r) && (r = ai(r, o, l && l[t], s)), r;
}
function h0(e, t, n, i) {
  const { _proxy: o, _context: l, _subProxy: s, _stack: r } = n;
  if (r.has(e))
    throw new Error("Recursion detected: " + Array.from(r).join("->") + "->" + e);
  r.add(e);
  let a = t(l, s || i);
  return r.delete(e), Ur(e, a) && (a = Gr(o._scopes, o, e, a)), a;
}
function d0(e, t, n, i) {
  const { _proxy: o, _context: l, _subProxy: s, _descriptors: r } = n;
  if (typeof l.index < "u" && i(e))
    return t[l.index % t.length];
  if (ct(t[0])) {
    const a = t, c = o._scopes.filter((f) => f !== a);
    t = [];
    for (const f of a) {
      const u = Gr(c, o, e, f);
      t.push(ai(u, l, s && s[e], r));
    }
  }
  return t;
}
function Iu(e, t, n) {
  return hn(e) ? e(t, n) : e;
}
const p0 = (e, t) => e === !0 ? t : typeof e == "string" ? Mo(t, e) : void 0;
function g0(e, t, n, i, o) {
  for (const l of t) {
    const s = p0(n, l);
    if (s) {
      e.add(s);
      const r = Iu(s._fallback, n, o);
      if (typeof r < "u" && r !== n && r !== i)
        return r;
    } else if (s === !1 && typeof i < "u" && n !== i)
      return null;
  }
  return !1;
}
function Gr(e, t, n, i) {
  const o = t._rootScopes, l = Iu(t._fallback, n, i), s = [
    ...e,
    ...o
  ], r = /* @__PURE__ */ new Set();
  r.add(i);
  let a = A1(r, s, n, l || n, i);
  return a === null || typeof l < "u" && l !== n && (a = A1(r, s, l, a, i), a === null) ? !1 : qr(Array.from(r), [
    ""
  ], o, l, () => v0(t, n, i));
}
function A1(e, t, n, i, o) {
  for (; n; )
    n = g0(e, t, n, i, o);
  return n;
}
function v0(e, t, n) {
  const i = e._getTarget();
  t in i || (i[t] = {});
  const o = i[t];
  return Ft(o) && ct(n) ? n : o || {};
}
function m0(e, t, n, i) {
  let o;
  for (const l of t)
    if (o = $u(f0(l, e), n), typeof o < "u")
      return Ur(e, o) ? Gr(n, i, e, o) : o;
}
function $u(e, t) {
  for (const n of t) {
    if (!n)
      continue;
    const i = n[e];
    if (typeof i < "u")
      return i;
  }
}
function P1(e) {
  let t = e._keys;
  return t || (t = e._keys = b0(e._scopes)), t;
}
function b0(e) {
  const t = /* @__PURE__ */ new Set();
  for (const n of e)
    for (const i of Object.keys(n).filter((o) => !o.startsWith("_")))
      t.add(i);
  return Array.from(t);
}
const y0 = Number.EPSILON || 1e-14, ci = (e, t) => t < e.length && !e[t].skip && e[t], zu = (e) => e === "x" ? "y" : "x";
function k0(e, t, n, i) {
  const o = e.skip ? t : e, l = t, s = n.skip ? t : n, r = Zl(l, o), a = Zl(s, l);
  let c = r / (r + a), f = a / (r + a);
  c = isNaN(c) ? 0 : c, f = isNaN(f) ? 0 : f;
  const u = i * c, h = i * f;
  return {
    previous: {
      x: l.x - u * (s.x - o.x),
      y: l.y - u * (s.y - o.y)
    },
    next: {
      x: l.x + h * (s.x - o.x),
      y: l.y + h * (s.y - o.y)
    }
  };
}
function w0(e, t, n) {
  const i = e.length;
  let o, l, s, r, a, c = ci(e, 0);
  for (let f = 0; f < i - 1; ++f)
    if (a = c, c = ci(e, f + 1), !(!a || !c)) {
      if (Hi(t[f], 0, y0)) {
        n[f] = n[f + 1] = 0;
        continue;
      }
      o = n[f] / t[f], l = n[f + 1] / t[f], r = Math.pow(o, 2) + Math.pow(l, 2), !(r <= 9) && (s = 3 / Math.sqrt(r), n[f] = o * s * t[f], n[f + 1] = l * s * t[f]);
    }
}
function x0(e, t, n = "x") {
  const i = zu(n), o = e.length;
  let l, s, r, a = ci(e, 0);
  for (let c = 0; c < o; ++c) {
    if (s = r, r = a, a = ci(e, c + 1), !r)
      continue;
    const f = r[n], u = r[i];
    s && (l = (f - s[n]) / 3, r[`cp1${n}`] = f - l, r[`cp1${i}`] = u - l * t[c]), a && (l = (a[n] - f) / 3, r[`cp2${n}`] = f + l, r[`cp2${i}`] = u + l * t[c]);
  }
}
function M0(e, t = "x") {
  const n = zu(t), i = e.length, o = Array(i).fill(0), l = Array(i);
  let s, r, a, c = ci(e, 0);
  for (s = 0; s < i; ++s)
    if (r = a, a = c, c = ci(e, s + 1), !!a) {
      if (c) {
        const f = c[t] - a[t];
        o[s] = f !== 0 ? (c[n] - a[n]) / f : 0;
      }
      l[s] = r ? c ? ri(o[s - 1]) !== ri(o[s]) ? 0 : (o[s - 1] + o[s]) / 2 : o[s - 1] : o[s];
    }
  w0(e, o, l), x0(e, l, t);
}
function Cs(e, t, n) {
  return Math.max(Math.min(e, n), t);
}
function E0(e, t) {
  let n, i, o, l, s, r = ts(e[0], t);
  for (n = 0, i = e.length; n < i; ++n)
    s = l, l = r, r = n < i - 1 && ts(e[n + 1], t), l && (o = e[n], s && (o.cp1x = Cs(o.cp1x, t.left, t.right), o.cp1y = Cs(o.cp1y, t.top, t.bottom)), r && (o.cp2x = Cs(o.cp2x, t.left, t.right), o.cp2y = Cs(o.cp2y, t.top, t.bottom)));
}
function D0(e, t, n, i, o) {
  let l, s, r, a;
  if (t.spanGaps && (e = e.filter((c) => !c.skip)), t.cubicInterpolationMode === "monotone")
    M0(e, o);
  else {
    let c = i ? e[e.length - 1] : e[0];
    for (l = 0, s = e.length; l < s; ++l)
      r = e[l], a = k0(c, r, e[Math.min(l + 1, s - (i ? 0 : 1)) % s], t.tension), r.cp1x = a.previous.x, r.cp1y = a.previous.y, r.cp2x = a.next.x, r.cp2y = a.next.y, c = r;
  }
  t.capBezierPoints && E0(e, n);
}
function Yr() {
  return typeof window < "u" && typeof document < "u";
}
function Kr(e) {
  let t = e.parentNode;
  return t && t.toString() === "[object ShadowRoot]" && (t = t.host), t;
}
function _o(e, t, n) {
  let i;
  return typeof e == "string" ? (i = parseInt(e, 10), e.indexOf("%") !== -1 && (i = i / 100 * t.parentNode[n])) : i = e, i;
}
const jo = (e) => e.ownerDocument.defaultView.getComputedStyle(e, null);
function C0(e, t) {
  return jo(e).getPropertyValue(t);
}
const _0 = [
  "top",
  "right",
  "bottom",
  "left"
];
function Ln(e, t, n) {
  const i = {};
  n = n ? "-" + n : "";
  for (let o = 0; o < 4; o++) {
    const l = _0[o];
    i[l] = parseFloat(e[t + "-" + l + n]) || 0;
  }
  return i.width = i.left + i.right, i.height = i.top + i.bottom, i;
}
const O0 = (e, t, n) => (e > 0 || t > 0) && (!n || !n.shadowRoot);
function N0(e, t) {
  const n = e.touches, i = n && n.length ? n[0] : e, { offsetX: o, offsetY: l } = i;
  let s = !1, r, a;
  if (O0(o, l, e.target))
    r = o, a = l;
  else {
    const c = t.getBoundingClientRect();
    r = i.clientX - c.left, a = i.clientY - c.top, s = !0;
  }
  return {
    x: r,
    y: a,
    box: s
  };
}
function Dn(e, t) {
  if ("native" in e)
    return e;
  const { canvas: n, currentDevicePixelRatio: i } = t, o = jo(n), l = o.boxSizing === "border-box", s = Ln(o, "padding"), r = Ln(o, "border", "width"), { x: a, y: c, box: f } = N0(e, n), u = s.left + (f && r.left), h = s.top + (f && r.top);
  let { width: d, height: p } = t;
  return l && (d -= s.width + r.width, p -= s.height + r.height), {
    x: Math.round((a - u) / d * n.width / i),
    y: Math.round((c - h) / p * n.height / i)
  };
}
function S0(e, t, n) {
  let i, o;
  if (t === void 0 || n === void 0) {
    const l = e && Kr(e);
    if (!l)
      t = e.clientWidth, n = e.clientHeight;
    else {
      const s = l.getBoundingClientRect(), r = jo(l), a = Ln(r, "border", "width"), c = Ln(r, "padding");
      t = s.width - c.width - a.width, n = s.height - c.height - a.height, i = _o(r.maxWidth, l, "clientWidth"), o = _o(r.maxHeight, l, "clientHeight");
    }
  }
  return {
    width: t,
    height: n,
    maxWidth: i || Do,
    maxHeight: o || Do
  };
}
const _s = (e) => Math.round(e * 10) / 10;
function R0(e, t, n, i) {
  const o = jo(e), l = Ln(o, "margin"), s = _o(o.maxWidth, e, "clientWidth") || Do, r = _o(o.maxHeight, e, "clientHeight") || Do, a = S0(e, t, n);
  let { width: c, height: f } = a;
  if (o.boxSizing === "content-box") {
    const h = Ln(o, "border", "width"), d = Ln(o, "padding");
    c -= d.width + h.width, f -= d.height + h.height;
  }
  return c = Math.max(0, c - l.width), f = Math.max(0, i ? c / i : f - l.height), c = _s(Math.min(c, s, a.maxWidth)), f = _s(Math.min(f, r, a.maxHeight)), c && !f && (f = _s(c / 2)), (t !== void 0 || n !== void 0) && i && a.height && f > a.height && (f = a.height, c = _s(Math.floor(f * i))), {
    width: c,
    height: f
  };
}
function T1(e, t, n) {
  const i = t || 1, o = Math.floor(e.height * i), l = Math.floor(e.width * i);
  e.height = Math.floor(e.height), e.width = Math.floor(e.width);
  const s = e.canvas;
  return s.style && (n || !s.style.height && !s.style.width) && (s.style.height = `${e.height}px`, s.style.width = `${e.width}px`), e.currentDevicePixelRatio !== i || s.height !== o || s.width !== l ? (e.currentDevicePixelRatio = i, s.height = o, s.width = l, e.ctx.setTransform(i, 0, 0, i, 0, 0), !0) : !1;
}
const F0 = function() {
  let e = !1;
  try {
    const t = {
      get passive() {
        return e = !0, !1;
      }
    };
    Yr() && (window.addEventListener("test", null, t), window.removeEventListener("test", null, t));
  } catch {
  }
  return e;
}();
function V1(e, t) {
  const n = C0(e, t), i = n && n.match(/^(\d+)(\.\d+)?px$/);
  return i ? +i[1] : void 0;
}
function Cn(e, t, n, i) {
  return {
    x: e.x + n * (t.x - e.x),
    y: e.y + n * (t.y - e.y)
  };
}
function A0(e, t, n, i) {
  return {
    x: e.x + n * (t.x - e.x),
    y: i === "middle" ? n < 0.5 ? e.y : t.y : i === "after" ? n < 1 ? e.y : t.y : n > 0 ? t.y : e.y
  };
}
function P0(e, t, n, i) {
  const o = {
    x: e.cp2x,
    y: e.cp2y
  }, l = {
    x: t.cp1x,
    y: t.cp1y
  }, s = Cn(e, o, n), r = Cn(o, l, n), a = Cn(l, t, n), c = Cn(s, r, n), f = Cn(r, a, n);
  return Cn(c, f, n);
}
const T0 = function(e, t) {
  return {
    x(n) {
      return e + e + t - n;
    },
    setWidth(n) {
      t = n;
    },
    textAlign(n) {
      return n === "center" ? n : n === "right" ? "left" : "right";
    },
    xPlus(n, i) {
      return n - i;
    },
    leftForLtr(n, i) {
      return n - i;
    }
  };
}, V0 = function() {
  return {
    x(e) {
      return e;
    },
    setWidth(e) {
    },
    textAlign(e) {
      return e;
    },
    xPlus(e, t) {
      return e + t;
    },
    leftForLtr(e, t) {
      return e;
    }
  };
};
function ul(e, t, n) {
  return e ? T0(t, n) : V0();
}
function L0(e, t) {
  let n, i;
  (t === "ltr" || t === "rtl") && (n = e.canvas.style, i = [
    n.getPropertyValue("direction"),
    n.getPropertyPriority("direction")
  ], n.setProperty("direction", t, "important"), e.prevTextDirection = i);
}
function I0(e, t) {
  t !== void 0 && (delete e.prevTextDirection, e.canvas.style.setProperty("direction", t[0], t[1]));
}
function Bu(e) {
  return e === "angle" ? {
    between: Ou,
    compare: Pg,
    normalize: _e
  } : {
    between: Nu,
    compare: (t, n) => t - n,
    normalize: (t) => t
  };
}
function L1({ start: e, end: t, count: n, loop: i, style: o }) {
  return {
    start: e % n,
    end: t % n,
    loop: i && (t - e + 1) % n === 0,
    style: o
  };
}
function $0(e, t, n) {
  const { property: i, start: o, end: l } = n, { between: s, normalize: r } = Bu(i), a = t.length;
  let { start: c, end: f, loop: u } = e, h, d;
  if (u) {
    for (c += a, f += a, h = 0, d = a; h < d && s(r(t[c % a][i]), o, l); ++h)
      c--, f--;
    c %= a, f %= a;
  }
  return f < c && (f += a), {
    start: c,
    end: f,
    loop: u,
    style: e.style
  };
}
function Hu(e, t, n) {
  if (!n)
    return [
      e
    ];
  const { property: i, start: o, end: l } = n, s = t.length, { compare: r, between: a, normalize: c } = Bu(i), { start: f, end: u, loop: h, style: d } = $0(e, t, n), p = [];
  let v = !1, m = null, y, _, O;
  const P = () => a(o, O, y) && r(o, O) !== 0, M = () => r(l, y) === 0 || a(l, O, y), N = () => v || P(), w = () => !v || M();
  for (let C = f, S = f; C <= u; ++C)
    _ = t[C % s], !_.skip && (y = c(_[i]), y !== O && (v = a(y, o, l), m === null && N() && (m = r(y, o) === 0 ? C : S), m !== null && w() && (p.push(L1({
      start: m,
      end: C,
      loop: h,
      count: s,
      style: d
    })), m = null), S = C, O = y));
  return m !== null && p.push(L1({
    start: m,
    end: u,
    loop: h,
    count: s,
    style: d
  })), p;
}
function ju(e, t) {
  const n = [], i = e.segments;
  for (let o = 0; o < i.length; o++) {
    const l = Hu(i[o], e.points, t);
    l.length && n.push(...l);
  }
  return n;
}
function z0(e, t, n, i) {
  let o = 0, l = t - 1;
  if (n && !i)
    for (; o < t && !e[o].skip; )
      o++;
  for (; o < t && e[o].skip; )
    o++;
  for (o %= t, n && (l += o); l > o && e[l % t].skip; )
    l--;
  return l %= t, {
    start: o,
    end: l
  };
}
function B0(e, t, n, i) {
  const o = e.length, l = [];
  let s = t, r = e[t], a;
  for (a = t + 1; a <= n; ++a) {
    const c = e[a % o];
    c.skip || c.stop ? r.skip || (i = !1, l.push({
      start: t % o,
      end: (a - 1) % o,
      loop: i
    }), t = s = c.stop ? a : null) : (s = a, r.skip && (t = a)), r = c;
  }
  return s !== null && l.push({
    start: t % o,
    end: s % o,
    loop: i
  }), l;
}
function H0(e, t) {
  const n = e.points, i = e.options.spanGaps, o = n.length;
  if (!o)
    return [];
  const l = !!e._loop, { start: s, end: r } = z0(n, o, l, i);
  if (i === !0)
    return I1(e, [
      {
        start: s,
        end: r,
        loop: l
      }
    ], n, t);
  const a = r < s ? r + o : r, c = !!e._fullLoop && s === 0 && r === o - 1;
  return I1(e, B0(n, s, a, c), n, t);
}
function I1(e, t, n, i) {
  return !i || !i.setContext || !n ? t : j0(e, t, n, i);
}
function j0(e, t, n, i) {
  const o = e._chart.getContext(), l = $1(e.options), { _datasetIndex: s, options: { spanGaps: r } } = e, a = n.length, c = [];
  let f = l, u = t[0].start, h = u;
  function d(p, v, m, y) {
    const _ = r ? -1 : 1;
    if (p !== v) {
      for (p += a; n[p % a].skip; )
        p -= _;
      for (; n[v % a].skip; )
        v += _;
      p % a !== v % a && (c.push({
        start: p % a,
        end: v % a,
        loop: m,
        style: y
      }), f = y, u = v % a);
    }
  }
  for (const p of t) {
    u = r ? u : p.start;
    let v = n[u % a], m;
    for (h = u + 1; h <= p.end; h++) {
      const y = n[h % a];
      m = $1(i.setContext(Hn(o, {
        type: "segment",
        p0: v,
        p1: y,
        p0DataIndex: (h - 1) % a,
        p1DataIndex: h % a,
        datasetIndex: s
      }))), W0(m, f) && d(u, h - 1, p.loop, f), v = y, f = m;
    }
    u < h - 1 && d(u, h - 1, p.loop, f);
  }
  return c;
}
function $1(e) {
  return {
    backgroundColor: e.backgroundColor,
    borderCapStyle: e.borderCapStyle,
    borderDash: e.borderDash,
    borderDashOffset: e.borderDashOffset,
    borderJoinStyle: e.borderJoinStyle,
    borderWidth: e.borderWidth,
    borderColor: e.borderColor
  };
}
function W0(e, t) {
  if (!t)
    return !1;
  const n = [], i = function(o, l) {
    return Hr(l) ? (n.includes(l) || n.push(l), n.indexOf(l)) : l;
  };
  return JSON.stringify(e, i) !== JSON.stringify(t, i);
}
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
class q0 {
  constructor() {
    this._request = null, this._charts = /* @__PURE__ */ new Map(), this._running = !1, this._lastDate = void 0;
  }
  _notify(t, n, i, o) {
    const l = n.listeners[o], s = n.duration;
    l.forEach((r) => r({
      chart: t,
      initial: n.initial,
      numSteps: s,
      currentStep: Math.min(i - n.start, s)
    }));
  }
  _refresh() {
    this._request || (this._running = !0, this._request = Ru.call(window, () => {
      this._update(), this._request = null, this._running && this._refresh();
    }));
  }
  _update(t = Date.now()) {
    let n = 0;
    this._charts.forEach((i, o) => {
      if (!i.running || !i.items.length)
        return;
      const l = i.items;
      let s = l.length - 1, r = !1, a;
      for (; s >= 0; --s)
        a = l[s], a._active ? (a._total > i.duration && (i.duration = a._total), a.tick(t), r = !0) : (l[s] = l[l.length - 1], l.pop());
      r && (o.draw(), this._notify(o, i, t, "progress")), l.length || (i.running = !1, this._notify(o, i, t, "complete"), i.initial = !1), n += l.length;
    }), this._lastDate = t, n === 0 && (this._running = !1);
  }
  _getAnims(t) {
    const n = this._charts;
    let i = n.get(t);
    return i || (i = {
      running: !1,
      initial: !0,
      items: [],
      listeners: {
        complete: [],
        progress: []
      }
    }, n.set(t, i)), i;
  }
  listen(t, n, i) {
    this._getAnims(t).listeners[n].push(i);
  }
  add(t, n) {
    !n || !n.length || this._getAnims(t).items.push(...n);
  }
  has(t) {
    return this._getAnims(t).items.length > 0;
  }
  start(t) {
    const n = this._charts.get(t);
    n && (n.running = !0, n.start = Date.now(), n.duration = n.items.reduce((i, o) => Math.max(i, o._duration), 0), this._refresh());
  }
  running(t) {
    if (!this._running)
      return !1;
    const n = this._charts.get(t);
    return !(!n || !n.running || !n.items.length);
  }
  stop(t) {
    const n = this._charts.get(t);
    if (!n || !n.items.length)
      return;
    const i = n.items;
    let o = i.length - 1;
    for (; o >= 0; --o)
      i[o].cancel();
    n.items = [], this._notify(t, n, Date.now(), "complete");
  }
  remove(t) {
    return this._charts.delete(t);
  }
}
var We = /* @__PURE__ */ new q0();
const z1 = "transparent", U0 = {
  boolean(e, t, n) {
    return n > 0.5 ? t : e;
  },
  color(e, t, n) {
    const i = _1(e || z1), o = i.valid && _1(t || z1);
    return o && o.valid ? o.mix(i, n).hexString() : t;
  },
  number(e, t, n) {
    return e + (t - e) * n;
  }
};
class G0 {
  constructor(t, n, i, o) {
    const l = n[i];
    o = Ds([
      t.to,
      o,
      l,
      t.from
    ]);
    const s = Ds([
      t.from,
      l,
      o
    ]);
    this._active = !0, this._fn = t.fn || U0[t.type || typeof s], this._easing = ji[t.easing] || ji.linear, this._start = Math.floor(Date.now() + (t.delay || 0)), this._duration = this._total = Math.floor(t.duration), this._loop = !!t.loop, this._target = n, this._prop = i, this._from = s, this._to = o, this._promises = void 0;
  }
  active() {
    return this._active;
  }
  update(t, n, i) {
    if (this._active) {
      this._notify(!1);
      const o = this._target[this._prop], l = i - this._start, s = this._duration - l;
      this._start = i, this._duration = Math.floor(Math.max(s, t.duration)), this._total += l, this._loop = !!t.loop, this._to = Ds([
        t.to,
        n,
        o,
        t.from
      ]), this._from = Ds([
        t.from,
        o,
        n
      ]);
    }
  }
  cancel() {
    this._active && (this.tick(Date.now()), this._active = !1, this._notify(!1));
  }
  tick(t) {
    const n = t - this._start, i = this._duration, o = this._prop, l = this._from, s = this._loop, r = this._to;
    let a;
    if (this._active = l !== r && (s || n < i), !this._active) {
      this._target[o] = r, this._notify(!0);
      return;
    }
    if (n < 0) {
      this._target[o] = l;
      return;
    }
    a = n / i % 2, a = s && a > 1 ? 2 - a : a, a = this._easing(Math.min(1, Math.max(0, a))), this._target[o] = this._fn(l, r, a);
  }
  wait() {
    const t = this._promises || (this._promises = []);
    return new Promise((n, i) => {
      t.push({
        res: n,
        rej: i
      });
    });
  }
  _notify(t) {
    const n = t ? "res" : "rej", i = this._promises || [];
    for (let o = 0; o < i.length; o++)
      i[o][n]();
  }
}
class Wu {
  constructor(t, n) {
    this._chart = t, this._properties = /* @__PURE__ */ new Map(), this.configure(n);
  }
  configure(t) {
    if (!ct(t))
      return;
    const n = Object.keys(Ct.animation), i = this._properties;
    Object.getOwnPropertyNames(t).forEach((o) => {
      const l = t[o];
      if (!ct(l))
        return;
      const s = {};
      for (const r of n)
        s[r] = l[r];
      (Ft(l.properties) && l.properties || [
        o
      ]).forEach((r) => {
        (r === o || !i.has(r)) && i.set(r, s);
      });
    });
  }
  _animateOptions(t, n) {
    const i = n.options, o = K0(t, i);
    if (!o)
      return [];
    const l = this._createAnimations(o, i);
    return i.$shared && Y0(t.options.$animations, i).then(() => {
      t.options = i;
    }, () => {
    }), l;
  }
  _createAnimations(t, n) {
    const i = this._properties, o = [], l = t.$animations || (t.$animations = {}), s = Object.keys(n), r = Date.now();
    let a;
    for (a = s.length - 1; a >= 0; --a) {
      const c = s[a];
      if (c.charAt(0) === "$")
        continue;
      if (c === "options") {
        o.push(...this._animateOptions(t, n));
        continue;
      }
      const f = n[c];
      let u = l[c];
      const h = i.get(c);
      if (u)
        if (h && u.active()) {
          u.update(h, f, r);
          continue;
        } else
          u.cancel();
      if (!h || !h.duration) {
        t[c] = f;
        continue;
      }
      l[c] = u = new G0(h, t, c, f), o.push(u);
    }
    return o;
  }
  update(t, n) {
    if (this._properties.size === 0) {
      Object.assign(t, n);
      return;
    }
    const i = this._createAnimations(t, n);
    if (i.length)
      return We.add(this._chart, i), !0;
  }
}
function Y0(e, t) {
  const n = [], i = Object.keys(t);
  for (let o = 0; o < i.length; o++) {
    const l = e[i[o]];
    l && l.active() && n.push(l.wait());
  }
  return Promise.all(n);
}
function K0(e, t) {
  if (!t)
    return;
  let n = e.options;
  if (!n) {
    e.options = t;
    return;
  }
  return n.$shared && (e.options = n = Object.assign({}, n, {
    $shared: !1,
    $animations: {}
  })), n;
}
function B1(e, t) {
  const n = e && e.options || {}, i = n.reverse, o = n.min === void 0 ? t : 0, l = n.max === void 0 ? t : 0;
  return {
    start: i ? l : o,
    end: i ? o : l
  };
}
function X0(e, t, n) {
  if (n === !1)
    return !1;
  const i = B1(e, n), o = B1(t, n);
  return {
    top: o.end,
    right: i.end,
    bottom: o.start,
    left: i.start
  };
}
function Z0(e) {
  let t, n, i, o;
  return ct(e) ? (t = e.top, n = e.right, i = e.bottom, o = e.left) : t = n = i = o = e, {
    top: t,
    right: n,
    bottom: i,
    left: o,
    disabled: e === !1
  };
}
function qu(e, t) {
  const n = [], i = e._getSortedDatasetMetas(t);
  let o, l;
  for (o = 0, l = i.length; o < l; ++o)
    n.push(i[o].index);
  return n;
}
function H1(e, t, n, i = {}) {
  const o = e.keys, l = i.mode === "single";
  let s, r, a, c;
  if (t === null)
    return;
  let f = !1;
  for (s = 0, r = o.length; s < r; ++s) {
    if (a = +o[s], a === n) {
      if (f = !0, i.all)
        continue;
      break;
    }
    c = e.values[a], Lt(c) && (l || t === 0 || ri(t) === ri(c)) && (t += c);
  }
  return !f && !i.all ? 0 : t;
}
function Q0(e, t) {
  const { iScale: n, vScale: i } = t, o = n.axis === "x" ? "x" : "y", l = i.axis === "x" ? "x" : "y", s = Object.keys(e), r = new Array(s.length);
  let a, c, f;
  for (a = 0, c = s.length; a < c; ++a)
    f = s[a], r[a] = {
      [o]: f,
      [l]: e[f]
    };
  return r;
}
function hl(e, t) {
  const n = e && e.options.stacked;
  return n || n === void 0 && t.stack !== void 0;
}
function J0(e, t, n) {
  return `${e.id}.${t.id}.${n.stack || n.type}`;
}
function t4(e) {
  const { min: t, max: n, minDefined: i, maxDefined: o } = e.getUserBounds();
  return {
    min: i ? t : Number.NEGATIVE_INFINITY,
    max: o ? n : Number.POSITIVE_INFINITY
  };
}
function e4(e, t, n) {
  const i = e[t] || (e[t] = {});
  return i[n] || (i[n] = {});
}
function j1(e, t, n, i) {
  for (const o of t.getMatchingVisibleMetas(i).reverse()) {
    const l = e[o.index];
    if (n && l > 0 || !n && l < 0)
      return o.index;
  }
  return null;
}
function W1(e, t) {
  const { chart: n, _cachedMeta: i } = e, o = n._stacks || (n._stacks = {}), { iScale: l, vScale: s, index: r } = i, a = l.axis, c = s.axis, f = J0(l, s, i), u = t.length;
  let h;
  for (let d = 0; d < u; ++d) {
    const p = t[d], { [a]: v, [c]: m } = p, y = p._stacks || (p._stacks = {});
    h = y[c] = e4(o, f, v), h[r] = m, h._top = j1(h, s, !0, i.type), h._bottom = j1(h, s, !1, i.type);
    const _ = h._visualValues || (h._visualValues = {});
    _[r] = m;
  }
}
function dl(e, t) {
  const n = e.scales;
  return Object.keys(n).filter((i) => n[i].axis === t).shift();
}
function n4(e, t) {
  return Hn(e, {
    active: !1,
    dataset: void 0,
    datasetIndex: t,
    index: t,
    mode: "default",
    type: "dataset"
  });
}
function i4(e, t, n) {
  return Hn(e, {
    active: !1,
    dataIndex: t,
    parsed: void 0,
    raw: void 0,
    element: n,
    index: t,
    mode: "default",
    type: "data"
  });
}
function Di(e, t) {
  const n = e.controller.index, i = e.vScale && e.vScale.axis;
  if (i) {
    t = t || e._parsed;
    for (const o of t) {
      const l = o._stacks;
      if (!l || l[i] === void 0 || l[i][n] === void 0)
        return;
      delete l[i][n], l[i]._visualValues !== void 0 && l[i]._visualValues[n] !== void 0 && delete l[i]._visualValues[n];
    }
  }
}
const pl = (e) => e === "reset" || e === "none", q1 = (e, t) => t ? e : Object.assign({}, e), s4 = (e, t, n) => e && !t.hidden && t._stacked && {
  keys: qu(n, !0),
  values: null
};
class Qs {
  constructor(t, n) {
    this.chart = t, this._ctx = t.ctx, this.index = n, this._cachedDataOpts = {}, this._cachedMeta = this.getMeta(), this._type = this._cachedMeta.type, this.options = void 0, this._parsing = !1, this._data = void 0, this._objectData = void 0, this._sharedOptions = void 0, this._drawStart = void 0, this._drawCount = void 0, this.enableOptionSharing = !1, this.supportsDecimation = !1, this.$context = void 0, this._syncList = [], this.datasetElementType = new.target.datasetElementType, this.dataElementType = new.target.dataElementType, this.initialize();
  }
  initialize() {
    const t = this._cachedMeta;
    this.configure(), this.linkScales(), t._stacked = hl(t.vScale, t), this.addElements(), this.options.fill && !this.chart.isPluginEnabled("filler") && console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options");
  }
  updateIndex(t) {
    this.index !== t && Di(this._cachedMeta), this.index = t;
  }
  linkScales() {
    const t = this.chart, n = this._cachedMeta, i = this.getDataset(), o = (u, h, d, p) => u === "x" ? h : u === "r" ? p : d, l = n.xAxisID = pt(i.xAxisID, dl(t, "x")), s = n.yAxisID = pt(i.yAxisID, dl(t, "y")), r = n.rAxisID = pt(i.rAxisID, dl(t, "r")), a = n.indexAxis, c = n.iAxisID = o(a, l, s, r), f = n.vAxisID = o(a, s, l, r);
    n.xScale = this.getScaleForId(l), n.yScale = this.getScaleForId(s), n.rScale = this.getScaleForId(r), n.iScale = this.getScaleForId(c), n.vScale = this.getScaleForId(f);
  }
  getDataset() {
    return this.chart.data.datasets[this.index];
  }
  getMeta() {
    return this.chart.getDatasetMeta(this.index);
  }
  getScaleForId(t) {
    return this.chart.scales[t];
  }
  _getOtherScale(t) {
    const n = this._cachedMeta;
    return t === n.iScale ? n.vScale : n.iScale;
  }
  reset() {
    this._update("reset");
  }
  _destroy() {
    const t = this._cachedMeta;
    this._data && M1(this._data, this), t._stacked && Di(t);
  }
  _dataCheck() {
    const t = this.getDataset(), n = t.data || (t.data = []), i = this._data;
    if (ct(n)) {
      const o = this._cachedMeta;
      this._data = Q0(n, o);
    } else if (i !== n) {
      if (i) {
        M1(i, this);
        const o = this._cachedMeta;
        Di(o), o._parsed = [];
      }
      n && Object.isExtensible(n) && Ig(n, this), this._syncList = [], this._data = n;
    }
  }
  addElements() {
    const t = this._cachedMeta;
    this._dataCheck(), this.datasetElementType && (t.dataset = new this.datasetElementType());
  }
  buildOrUpdateElements(t) {
    const n = this._cachedMeta, i = this.getDataset();
    let o = !1;
    this._dataCheck();
    const l = n._stacked;
    n._stacked = hl(n.vScale, n), n.stack !== i.stack && (o = !0, Di(n), n.stack = i.stack), this._resyncElements(t), (o || l !== n._stacked) && (W1(this, n._parsed), n._stacked = hl(n.vScale, n));
  }
  configure() {
    const t = this.chart.config, n = t.datasetScopeKeys(this._type), i = t.getOptionScopes(this.getDataset(), n, !0);
    this.options = t.createResolver(i, this.getContext()), this._parsing = this.options.parsing, this._cachedDataOpts = {};
  }
  parse(t, n) {
    const { _cachedMeta: i, _data: o } = this, { iScale: l, _stacked: s } = i, r = l.axis;
    let a = t === 0 && n === o.length ? !0 : i._sorted, c = t > 0 && i._parsed[t - 1], f, u, h;
    if (this._parsing === !1)
      i._parsed = o, i._sorted = !0, h = o;
    else {
      Ft(o[t]) ? h = this.parseArrayData(i, o, t, n) : ct(o[t]) ? h = this.parseObjectData(i, o, t, n) : h = this.parsePrimitiveData(i, o, t, n);
      const d = () => u[r] === null || c && u[r] < c[r];
      for (f = 0; f < n; ++f)
        i._parsed[f + t] = u = h[f], a && (d() && (a = !1), c = u);
      i._sorted = a;
    }
    s && W1(this, h);
  }
  parsePrimitiveData(t, n, i, o) {
    const { iScale: l, vScale: s } = t, r = l.axis, a = s.axis, c = l.getLabels(), f = l === s, u = new Array(o);
    let h, d, p;
    for (h = 0, d = o; h < d; ++h)
      p = h + i, u[h] = {
        [r]: f || l.parse(c[p], p),
        [a]: s.parse(n[p], p)
      };
    return u;
  }
  parseArrayData(t, n, i, o) {
    const { xScale: l, yScale: s } = t, r = new Array(o);
    let a, c, f, u;
    for (a = 0, c = o; a < c; ++a)
      f = a + i, u = n[f], r[a] = {
        x: l.parse(u[0], f),
        y: s.parse(u[1], f)
      };
    return r;
  }
  parseObjectData(t, n, i, o) {
    const { xScale: l, yScale: s } = t, { xAxisKey: r = "x", yAxisKey: a = "y" } = this._parsing, c = new Array(o);
    let f, u, h, d;
    for (f = 0, u = o; f < u; ++f)
      h = f + i, d = n[h], c[f] = {
        x: l.parse(Mo(d, r), h),
        y: s.parse(Mo(d, a), h)
      };
    return c;
  }
  getParsed(t) {
    return this._cachedMeta._parsed[t];
  }
  getDataElement(t) {
    return this._cachedMeta.data[t];
  }
  applyStack(t, n, i) {
    const o = this.chart, l = this._cachedMeta, s = n[t.axis], r = {
      keys: qu(o, !0),
      values: n._stacks[t.axis]._visualValues
    };
    return H1(r, s, l.index, {
      mode: i
    });
  }
  updateRangeFromParsed(t, n, i, o) {
    const l = i[n.axis];
    let s = l === null ? NaN : l;
    const r = o && i._stacks[n.axis];
    o && r && (o.values = r, s = H1(o, l, this._cachedMeta.index)), t.min = Math.min(t.min, s), t.max = Math.max(t.max, s);
  }
  getMinMax(t, n) {
    const i = this._cachedMeta, o = i._parsed, l = i._sorted && t === i.iScale, s = o.length, r = this._getOtherScale(t), a = s4(n, i, this.chart), c = {
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY
    }, { min: f, max: u } = t4(r);
    let h, d;
    function p() {
      d = o[h];
      const v = d[r.axis];
      return !Lt(d[t.axis]) || f > v || u < v;
    }
    for (h = 0; h < s && !(!p() && (this.updateRangeFromParsed(c, t, d, a), l)); ++h)
      ;
    if (l) {
      for (h = s - 1; h >= 0; --h)
        if (!p()) {
          this.updateRangeFromParsed(c, t, d, a);
          break;
        }
    }
    return c;
  }
  getAllParsedValues(t) {
    const n = this._cachedMeta._parsed, i = [];
    let o, l, s;
    for (o = 0, l = n.length; o < l; ++o)
      s = n[o][t.axis], Lt(s) && i.push(s);
    return i;
  }
  getMaxOverflow() {
    return !1;
  }
  getLabelAndValue(t) {
    const n = this._cachedMeta, i = n.iScale, o = n.vScale, l = this.getParsed(t);
    return {
      label: i ? "" + i.getLabelForValue(l[i.axis]) : "",
      value: o ? "" + o.getLabelForValue(l[o.axis]) : ""
    };
  }
  _update(t) {
    const n = this._cachedMeta;
    this.update(t || "default"), n._clip = Z0(pt(this.options.clip, X0(n.xScale, n.yScale, this.getMaxOverflow())));
  }
  update(t) {
  }
  draw() {
    const t = this._ctx, n = this.chart, i = this._cachedMeta, o = i.data || [], l = n.chartArea, s = [], r = this._drawStart || 0, a = this._drawCount || o.length - r, c = this.options.drawActiveElementsOnTop;
    let f;
    for (i.dataset && i.dataset.draw(t, l, r, a), f = r; f < r + a; ++f) {
      const u = o[f];
      u.hidden || (u.active && c ? s.push(u) : u.draw(t, l));
    }
    for (f = 0; f < s.length; ++f)
      s[f].draw(t, l);
  }
  getStyle(t, n) {
    const i = n ? "active" : "default";
    return t === void 0 && this._cachedMeta.dataset ? this.resolveDatasetElementOptions(i) : this.resolveDataElementOptions(t || 0, i);
  }
  getContext(t, n, i) {
    const o = this.getDataset();
    let l;
    if (t >= 0 && t < this._cachedMeta.data.length) {
      const s = this._cachedMeta.data[t];
      l = s.$context || (s.$context = i4(this.getContext(), t, s)), l.parsed = this.getParsed(t), l.raw = o.data[t], l.index = l.dataIndex = t;
    } else
      l = this.$context || (this.$context = n4(this.chart.getContext(), this.index)), l.dataset = o, l.index = l.datasetIndex = this.index;
    return l.active = !!n, l.mode = i, l;
  }
  resolveDatasetElementOptions(t) {
    return this._resolveElementOptions(this.datasetElementType.id, t);
  }
  resolveDataElementOptions(t, n) {
    return this._resolveElementOptions(this.dataElementType.id, n, t);
  }
  _resolveElementOptions(t, n = "default", i) {
    const o = n === "active", l = this._cachedDataOpts, s = t + "-" + n, r = l[s], a = this.enableOptionSharing && Eo(i);
    if (r)
      return q1(r, a);
    const c = this.chart.config, f = c.datasetElementScopeKeys(this._type, t), u = o ? [
      `${t}Hover`,
      "hover",
      t,
      ""
    ] : [
      t,
      ""
    ], h = c.getOptionScopes(this.getDataset(), f), d = Object.keys(Ct.elements[t]), p = () => this.getContext(i, o, n), v = c.resolveNamedOptions(h, d, p, u);
    return v.$shared && (v.$shared = a, l[s] = Object.freeze(q1(v, a))), v;
  }
  _resolveAnimations(t, n, i) {
    const o = this.chart, l = this._cachedDataOpts, s = `animation-${n}`, r = l[s];
    if (r)
      return r;
    let a;
    if (o.options.animation !== !1) {
      const f = this.chart.config, u = f.datasetAnimationScopeKeys(this._type, n), h = f.getOptionScopes(this.getDataset(), u);
      a = f.createResolver(h, this.getContext(t, i, n));
    }
    const c = new Wu(o, a && a.animations);
    return a && a._cacheable && (l[s] = Object.freeze(c)), c;
  }
  getSharedOptions(t) {
    if (t.$shared)
      return this._sharedOptions || (this._sharedOptions = Object.assign({}, t));
  }
  includeOptions(t, n) {
    return !n || pl(t) || this.chart._animationsDisabled;
  }
  _getSharedOptions(t, n) {
    const i = this.resolveDataElementOptions(t, n), o = this._sharedOptions, l = this.getSharedOptions(i), s = this.includeOptions(n, l) || l !== o;
    return this.updateSharedOptions(l, n, i), {
      sharedOptions: l,
      includeOptions: s
    };
  }
  updateElement(t, n, i, o) {
    pl(o) ? Object.assign(t, i) : this._resolveAnimations(n, o).update(t, i);
  }
  updateSharedOptions(t, n, i) {
    t && !pl(n) && this._resolveAnimations(void 0, n).update(t, i);
  }
  _setStyle(t, n, i, o) {
    t.active = o;
    const l = this.getStyle(n, o);
    this._resolveAnimations(n, i, o).update(t, {
      options: !o && this.getSharedOptions(l) || l
    });
  }
  removeHoverStyle(t, n, i) {
    this._setStyle(t, i, "active", !1);
  }
  setHoverStyle(t, n, i) {
    this._setStyle(t, i, "active", !0);
  }
  _removeDatasetHoverStyle() {
    const t = this._cachedMeta.dataset;
    t && this._setStyle(t, void 0, "active", !1);
  }
  _setDatasetHoverStyle() {
    const t = this._cachedMeta.dataset;
    t && this._setStyle(t, void 0, "active", !0);
  }
  _resyncElements(t) {
    const n = this._data, i = this._cachedMeta.data;
    for (const [r, a, c] of this._syncList)
      this[r](a, c);
    this._syncList = [];
    const o = i.length, l = n.length, s = Math.min(l, o);
    s && this.parse(0, s), l > o ? this._insertElements(o, l - o, t) : l < o && this._removeElements(l, o - l);
  }
  _insertElements(t, n, i = !0) {
    const o = this._cachedMeta, l = o.data, s = t + n;
    let r;
    const a = (c) => {
      for (c.length += n, r = c.length - 1; r >= s; r--)
        c[r] = c[r - n];
    };
    for (a(l), r = t; r < s; ++r)
      l[r] = new this.dataElementType();
    this._parsing && a(o._parsed), this.parse(t, n), i && this.updateElements(l, t, n, "reset");
  }
  updateElements(t, n, i, o) {
  }
  _removeElements(t, n) {
    const i = this._cachedMeta;
    if (this._parsing) {
      const o = i._parsed.splice(t, n);
      i._stacked && Di(i, o);
    }
    i.data.splice(t, n);
  }
  _sync(t) {
    if (this._parsing)
      this._syncList.push(t);
    else {
      const [n, i, o] = t;
      this[n](i, o);
    }
    this.chart._dataChanges.push([
      this.index,
      ...t
    ]);
  }
  _onDataPush() {
    const t = arguments.length;
    this._sync([
      "_insertElements",
      this.getDataset().data.length - t,
      t
    ]);
  }
  _onDataPop() {
    this._sync([
      "_removeElements",
      this._cachedMeta.data.length - 1,
      1
    ]);
  }
  _onDataShift() {
    this._sync([
      "_removeElements",
      0,
      1
    ]);
  }
  _onDataSplice(t, n) {
    n && this._sync([
      "_removeElements",
      t,
      n
    ]);
    const i = arguments.length - 2;
    i && this._sync([
      "_insertElements",
      t,
      i
    ]);
  }
  _onDataUnshift() {
    this._sync([
      "_insertElements",
      0,
      arguments.length
    ]);
  }
}
lt(Qs, "defaults", {}), lt(Qs, "datasetElementType", null), lt(Qs, "dataElementType", null);
function xn() {
  throw new Error("This method is not implemented: Check that a complete date adapter is provided.");
}
class Xr {
  constructor(t) {
    lt(this, "options");
    this.options = t || {};
  }
  /**
  * Override default date adapter methods.
  * Accepts type parameter to define options type.
  * @example
  * Chart._adapters._date.override<{myAdapterOption: string}>({
  *   init() {
  *     console.log(this.options.myAdapterOption);
  *   }
  * })
  */
  static override(t) {
    Object.assign(Xr.prototype, t);
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-function
  init() {
  }
  formats() {
    return xn();
  }
  parse() {
    return xn();
  }
  format() {
    return xn();
  }
  add() {
    return xn();
  }
  diff() {
    return xn();
  }
  startOf() {
    return xn();
  }
  endOf() {
    return xn();
  }
}
var o4 = {
  _date: Xr
};
function l4(e, t, n, i) {
  const { controller: o, data: l, _sorted: s } = e, r = o._cachedMeta.iScale;
  if (r && t === r.axis && t !== "r" && s && l.length) {
    const a = r._reversePixels ? Vg : Ql;
    if (i) {
      if (o._sharedOptions) {
        const c = l[0], f = typeof c.getRange == "function" && c.getRange(t);
        if (f) {
          const u = a(l, t, n - f), h = a(l, t, n + f);
          return {
            lo: u.lo,
            hi: h.hi
          };
        }
      }
    } else return a(l, t, n);
  }
  return {
    lo: 0,
    hi: l.length - 1
  };
}
function Wo(e, t, n, i, o) {
  const l = e.getSortedVisibleDatasetMetas(), s = n[t];
  for (let r = 0, a = l.length; r < a; ++r) {
    const { index: c, data: f } = l[r], { lo: u, hi: h } = l4(l[r], t, s, o);
    for (let d = u; d <= h; ++d) {
      const p = f[d];
      p.skip || i(p, c, d);
    }
  }
}
function r4(e) {
  const t = e.indexOf("x") !== -1, n = e.indexOf("y") !== -1;
  return function(i, o) {
    const l = t ? Math.abs(i.x - o.x) : 0, s = n ? Math.abs(i.y - o.y) : 0;
    return Math.sqrt(Math.pow(l, 2) + Math.pow(s, 2));
  };
}
function gl(e, t, n, i, o) {
  const l = [];
  return !o && !e.isPointInArea(t) || Wo(e, n, t, function(r, a, c) {
    !o && !ts(r, e.chartArea, 0) || r.inRange(t.x, t.y, i) && l.push({
      element: r,
      datasetIndex: a,
      index: c
    });
  }, !0), l;
}
function a4(e, t, n, i) {
  let o = [];
  function l(s, r, a) {
    const { startAngle: c, endAngle: f } = s.getProps([
      "startAngle",
      "endAngle"
    ], i), { angle: u } = Ag(s, {
      x: t.x,
      y: t.y
    });
    Ou(u, c, f) && o.push({
      element: s,
      datasetIndex: r,
      index: a
    });
  }
  return Wo(e, n, t, l), o;
}
function c4(e, t, n, i, o, l) {
  let s = [];
  const r = r4(n);
  let a = Number.POSITIVE_INFINITY;
  function c(f, u, h) {
    const d = f.inRange(t.x, t.y, o);
    if (i && !d)
      return;
    const p = f.getCenterPoint(o);
    if (!(!!l || e.isPointInArea(p)) && !d)
      return;
    const m = r(t, p);
    m < a ? (s = [
      {
        element: f,
        datasetIndex: u,
        index: h
      }
    ], a = m) : m === a && s.push({
      element: f,
      datasetIndex: u,
      index: h
    });
  }
  return Wo(e, n, t, c), s;
}
function vl(e, t, n, i, o, l) {
  return !l && !e.isPointInArea(t) ? [] : n === "r" && !i ? a4(e, t, n, o) : c4(e, t, n, i, o, l);
}
function U1(e, t, n, i, o) {
  const l = [], s = n === "x" ? "inXRange" : "inYRange";
  let r = !1;
  return Wo(e, n, t, (a, c, f) => {
    a[s] && a[s](t[n], o) && (l.push({
      element: a,
      datasetIndex: c,
      index: f
    }), r = r || a.inRange(t.x, t.y, o));
  }), i && !r ? [] : l;
}
var f4 = {
  modes: {
    index(e, t, n, i) {
      const o = Dn(t, e), l = n.axis || "x", s = n.includeInvisible || !1, r = n.intersect ? gl(e, o, l, i, s) : vl(e, o, l, !1, i, s), a = [];
      return r.length ? (e.getSortedVisibleDatasetMetas().forEach((c) => {
        const f = r[0].index, u = c.data[f];
        u && !u.skip && a.push({
          element: u,
          datasetIndex: c.index,
          index: f
        });
      }), a) : [];
    },
    dataset(e, t, n, i) {
      const o = Dn(t, e), l = n.axis || "xy", s = n.includeInvisible || !1;
      let r = n.intersect ? gl(e, o, l, i, s) : vl(e, o, l, !1, i, s);
      if (r.length > 0) {
        const a = r[0].datasetIndex, c = e.getDatasetMeta(a).data;
        r = [];
        for (let f = 0; f < c.length; ++f)
          r.push({
            element: c[f],
            datasetIndex: a,
            index: f
          });
      }
      return r;
    },
    point(e, t, n, i) {
      const o = Dn(t, e), l = n.axis || "xy", s = n.includeInvisible || !1;
      return gl(e, o, l, i, s);
    },
    nearest(e, t, n, i) {
      const o = Dn(t, e), l = n.axis || "xy", s = n.includeInvisible || !1;
      return vl(e, o, l, n.intersect, i, s);
    },
    x(e, t, n, i) {
      const o = Dn(t, e);
      return U1(e, o, "x", n.intersect, i);
    },
    y(e, t, n, i) {
      const o = Dn(t, e);
      return U1(e, o, "y", n.intersect, i);
    }
  }
};
const Uu = [
  "left",
  "top",
  "right",
  "bottom"
];
function Ci(e, t) {
  return e.filter((n) => n.pos === t);
}
function G1(e, t) {
  return e.filter((n) => Uu.indexOf(n.pos) === -1 && n.box.axis === t);
}
function _i(e, t) {
  return e.sort((n, i) => {
    const o = t ? i : n, l = t ? n : i;
    return o.weight === l.weight ? o.index - l.index : o.weight - l.weight;
  });
}
function u4(e) {
  const t = [];
  let n, i, o, l, s, r;
  for (n = 0, i = (e || []).length; n < i; ++n)
    o = e[n], { position: l, options: { stack: s, stackWeight: r = 1 } } = o, t.push({
      index: n,
      box: o,
      pos: l,
      horizontal: o.isHorizontal(),
      weight: o.weight,
      stack: s && l + s,
      stackWeight: r
    });
  return t;
}
function h4(e) {
  const t = {};
  for (const n of e) {
    const { stack: i, pos: o, stackWeight: l } = n;
    if (!i || !Uu.includes(o))
      continue;
    const s = t[i] || (t[i] = {
      count: 0,
      placed: 0,
      weight: 0,
      size: 0
    });
    s.count++, s.weight += l;
  }
  return t;
}
function d4(e, t) {
  const n = h4(e), { vBoxMaxWidth: i, hBoxMaxHeight: o } = t;
  let l, s, r;
  for (l = 0, s = e.length; l < s; ++l) {
    r = e[l];
    const { fullSize: a } = r.box, c = n[r.stack], f = c && r.stackWeight / c.weight;
    r.horizontal ? (r.width = f ? f * i : a && t.availableWidth, r.height = o) : (r.width = i, r.height = f ? f * o : a && t.availableHeight);
  }
  return n;
}
function p4(e) {
  const t = u4(e), n = _i(t.filter((c) => c.box.fullSize), !0), i = _i(Ci(t, "left"), !0), o = _i(Ci(t, "right")), l = _i(Ci(t, "top"), !0), s = _i(Ci(t, "bottom")), r = G1(t, "x"), a = G1(t, "y");
  return {
    fullSize: n,
    leftAndTop: i.concat(l),
    rightAndBottom: o.concat(a).concat(s).concat(r),
    chartArea: Ci(t, "chartArea"),
    vertical: i.concat(o).concat(a),
    horizontal: l.concat(s).concat(r)
  };
}
function Y1(e, t, n, i) {
  return Math.max(e[n], t[n]) + Math.max(e[i], t[i]);
}
function Gu(e, t) {
  e.top = Math.max(e.top, t.top), e.left = Math.max(e.left, t.left), e.bottom = Math.max(e.bottom, t.bottom), e.right = Math.max(e.right, t.right);
}
function g4(e, t, n, i) {
  const { pos: o, box: l } = n, s = e.maxPadding;
  if (!ct(o)) {
    n.size && (e[o] -= n.size);
    const u = i[n.stack] || {
      size: 0,
      count: 1
    };
    u.size = Math.max(u.size, n.horizontal ? l.height : l.width), n.size = u.size / u.count, e[o] += n.size;
  }
  l.getPadding && Gu(s, l.getPadding());
  const r = Math.max(0, t.outerWidth - Y1(s, e, "left", "right")), a = Math.max(0, t.outerHeight - Y1(s, e, "top", "bottom")), c = r !== e.w, f = a !== e.h;
  return e.w = r, e.h = a, n.horizontal ? {
    same: c,
    other: f
  } : {
    same: f,
    other: c
  };
}
function v4(e) {
  const t = e.maxPadding;
  function n(i) {
    const o = Math.max(t[i] - e[i], 0);
    return e[i] += o, o;
  }
  e.y += n("top"), e.x += n("left"), n("right"), n("bottom");
}
function m4(e, t) {
  const n = t.maxPadding;
  function i(o) {
    const l = {
      left: 0,
      top: 0,
      right: 0,
      bottom: 0
    };
    return o.forEach((s) => {
      l[s] = Math.max(t[s], n[s]);
    }), l;
  }
  return i(e ? [
    "left",
    "right"
  ] : [
    "top",
    "bottom"
  ]);
}
function Ai(e, t, n, i) {
  const o = [];
  let l, s, r, a, c, f;
  for (l = 0, s = e.length, c = 0; l < s; ++l) {
    r = e[l], a = r.box, a.update(r.width || t.w, r.height || t.h, m4(r.horizontal, t));
    const { same: u, other: h } = g4(t, n, r, i);
    c |= u && o.length, f = f || h, a.fullSize || o.push(r);
  }
  return c && Ai(o, t, n, i) || f;
}
function Os(e, t, n, i, o) {
  e.top = n, e.left = t, e.right = t + i, e.bottom = n + o, e.width = i, e.height = o;
}
function K1(e, t, n, i) {
  const o = n.padding;
  let { x: l, y: s } = t;
  for (const r of e) {
    const a = r.box, c = i[r.stack] || {
      placed: 0,
      weight: 1
    }, f = r.stackWeight / c.weight || 1;
    if (r.horizontal) {
      const u = t.w * f, h = c.size || a.height;
      Eo(c.start) && (s = c.start), a.fullSize ? Os(a, o.left, s, n.outerWidth - o.right - o.left, h) : Os(a, t.left + c.placed, s, u, h), c.start = s, c.placed += u, s = a.bottom;
    } else {
      const u = t.h * f, h = c.size || a.width;
      Eo(c.start) && (l = c.start), a.fullSize ? Os(a, l, o.top, h, n.outerHeight - o.bottom - o.top) : Os(a, l, t.top + c.placed, h, u), c.start = l, c.placed += u, l = a.right;
    }
  }
  t.x = l, t.y = s;
}
var Ns = {
  addBox(e, t) {
    e.boxes || (e.boxes = []), t.fullSize = t.fullSize || !1, t.position = t.position || "top", t.weight = t.weight || 0, t._layers = t._layers || function() {
      return [
        {
          z: 0,
          draw(n) {
            t.draw(n);
          }
        }
      ];
    }, e.boxes.push(t);
  },
  removeBox(e, t) {
    const n = e.boxes ? e.boxes.indexOf(t) : -1;
    n !== -1 && e.boxes.splice(n, 1);
  },
  configure(e, t, n) {
    t.fullSize = n.fullSize, t.position = n.position, t.weight = n.weight;
  },
  update(e, t, n, i) {
    if (!e)
      return;
    const o = dn(e.options.layout.padding), l = Math.max(t - o.width, 0), s = Math.max(n - o.height, 0), r = p4(e.boxes), a = r.vertical, c = r.horizontal;
    ht(e.boxes, (v) => {
      typeof v.beforeLayout == "function" && v.beforeLayout();
    });
    const f = a.reduce((v, m) => m.box.options && m.box.options.display === !1 ? v : v + 1, 0) || 1, u = Object.freeze({
      outerWidth: t,
      outerHeight: n,
      padding: o,
      availableWidth: l,
      availableHeight: s,
      vBoxMaxWidth: l / 2 / f,
      hBoxMaxHeight: s / 2
    }), h = Object.assign({}, o);
    Gu(h, dn(i));
    const d = Object.assign({
      maxPadding: h,
      w: l,
      h: s,
      x: o.left,
      y: o.top
    }, o), p = d4(a.concat(c), u);
    Ai(r.fullSize, d, u, p), Ai(a, d, u, p), Ai(c, d, u, p) && Ai(a, d, u, p), v4(d), K1(r.leftAndTop, d, u, p), d.x += d.w, d.y += d.h, K1(r.rightAndBottom, d, u, p), e.chartArea = {
      left: d.left,
      top: d.top,
      right: d.left + d.w,
      bottom: d.top + d.h,
      height: d.h,
      width: d.w
    }, ht(r.chartArea, (v) => {
      const m = v.box;
      Object.assign(m, e.chartArea), m.update(d.w, d.h, {
        left: 0,
        top: 0,
        right: 0,
        bottom: 0
      });
    });
  }
};
class Yu {
  acquireContext(t, n) {
  }
  releaseContext(t) {
    return !1;
  }
  addEventListener(t, n, i) {
  }
  removeEventListener(t, n, i) {
  }
  getDevicePixelRatio() {
    return 1;
  }
  getMaximumSize(t, n, i, o) {
    return n = Math.max(0, n || t.width), i = i || t.height, {
      width: n,
      height: Math.max(0, o ? Math.floor(n / o) : i)
    };
  }
  isAttached(t) {
    return !0;
  }
  updateConfig(t) {
  }
}
class b4 extends Yu {
  acquireContext(t) {
    return t && t.getContext && t.getContext("2d") || null;
  }
  updateConfig(t) {
    t.options.animation = !1;
  }
}
const Js = "$chartjs", y4 = {
  touchstart: "mousedown",
  touchmove: "mousemove",
  touchend: "mouseup",
  pointerenter: "mouseenter",
  pointerdown: "mousedown",
  pointermove: "mousemove",
  pointerup: "mouseup",
  pointerleave: "mouseout",
  pointerout: "mouseout"
}, X1 = (e) => e === null || e === "";
function k4(e, t) {
  const n = e.style, i = e.getAttribute("height"), o = e.getAttribute("width");
  if (e[Js] = {
    initial: {
      height: i,
      width: o,
      style: {
        display: n.display,
        height: n.height,
        width: n.width
      }
    }
  }, n.display = n.display || "block", n.boxSizing = n.boxSizing || "border-box", X1(o)) {
    const l = V1(e, "width");
    l !== void 0 && (e.width = l);
  }
  if (X1(i))
    if (e.style.height === "")
      e.height = e.width / (t || 2);
    else {
      const l = V1(e, "height");
      l !== void 0 && (e.height = l);
    }
  return e;
}
const Ku = F0 ? {
  passive: !0
} : !1;
function w4(e, t, n) {
  e && e.addEventListener(t, n, Ku);
}
function x4(e, t, n) {
  e && e.canvas && e.canvas.removeEventListener(t, n, Ku);
}
function M4(e, t) {
  const n = y4[e.type] || e.type, { x: i, y: o } = Dn(e, t);
  return {
    type: n,
    chart: t,
    native: e,
    x: i !== void 0 ? i : null,
    y: o !== void 0 ? o : null
  };
}
function Oo(e, t) {
  for (const n of e)
    if (n === t || n.contains(t))
      return !0;
}
function E4(e, t, n) {
  const i = e.canvas, o = new MutationObserver((l) => {
    let s = !1;
    for (const r of l)
      s = s || Oo(r.addedNodes, i), s = s && !Oo(r.removedNodes, i);
    s && n();
  });
  return o.observe(document, {
    childList: !0,
    subtree: !0
  }), o;
}
function D4(e, t, n) {
  const i = e.canvas, o = new MutationObserver((l) => {
    let s = !1;
    for (const r of l)
      s = s || Oo(r.removedNodes, i), s = s && !Oo(r.addedNodes, i);
    s && n();
  });
  return o.observe(document, {
    childList: !0,
    subtree: !0
  }), o;
}
const es = /* @__PURE__ */ new Map();
let Z1 = 0;
function Xu() {
  const e = window.devicePixelRatio;
  e !== Z1 && (Z1 = e, es.forEach((t, n) => {
    n.currentDevicePixelRatio !== e && t();
  }));
}
function C4(e, t) {
  es.size || window.addEventListener("resize", Xu), es.set(e, t);
}
function _4(e) {
  es.delete(e), es.size || window.removeEventListener("resize", Xu);
}
function O4(e, t, n) {
  const i = e.canvas, o = i && Kr(i);
  if (!o)
    return;
  const l = Fu((r, a) => {
    const c = o.clientWidth;
    n(r, a), c < o.clientWidth && n();
  }, window), s = new ResizeObserver((r) => {
    const a = r[0], c = a.contentRect.width, f = a.contentRect.height;
    c === 0 && f === 0 || l(c, f);
  });
  return s.observe(o), C4(e, l), s;
}
function ml(e, t, n) {
  n && n.disconnect(), t === "resize" && _4(e);
}
function N4(e, t, n) {
  const i = e.canvas, o = Fu((l) => {
    e.ctx !== null && n(M4(l, e));
  }, e);
  return w4(i, t, o), o;
}
class S4 extends Yu {
  acquireContext(t, n) {
    const i = t && t.getContext && t.getContext("2d");
    return i && i.canvas === t ? (k4(t, n), i) : null;
  }
  releaseContext(t) {
    const n = t.canvas;
    if (!n[Js])
      return !1;
    const i = n[Js].initial;
    [
      "height",
      "width"
    ].forEach((l) => {
      const s = i[l];
      Mt(s) ? n.removeAttribute(l) : n.setAttribute(l, s);
    });
    const o = i.style || {};
    return Object.keys(o).forEach((l) => {
      n.style[l] = o[l];
    }), n.width = n.width, delete n[Js], !0;
  }
  addEventListener(t, n, i) {
    this.removeEventListener(t, n);
    const o = t.$proxies || (t.$proxies = {}), s = {
      attach: E4,
      detach: D4,
      resize: O4
    }[n] || N4;
    o[n] = s(t, n, i);
  }
  removeEventListener(t, n) {
    const i = t.$proxies || (t.$proxies = {}), o = i[n];
    if (!o)
      return;
    ({
      attach: ml,
      detach: ml,
      resize: ml
    }[n] || x4)(t, n, o), i[n] = void 0;
  }
  getDevicePixelRatio() {
    return window.devicePixelRatio;
  }
  getMaximumSize(t, n, i, o) {
    return R0(t, n, i, o);
  }
  isAttached(t) {
    const n = t && Kr(t);
    return !!(n && n.isConnected);
  }
}
function R4(e) {
  return !Yr() || typeof OffscreenCanvas < "u" && e instanceof OffscreenCanvas ? b4 : S4;
}
var Bs;
let us = (Bs = class {
  constructor() {
    lt(this, "x");
    lt(this, "y");
    lt(this, "active", !1);
    lt(this, "options");
    lt(this, "$animations");
  }
  tooltipPosition(t) {
    const { x: n, y: i } = this.getProps([
      "x",
      "y"
    ], t);
    return {
      x: n,
      y: i
    };
  }
  hasValue() {
    return Co(this.x) && Co(this.y);
  }
  getProps(t, n) {
    const i = this.$animations;
    if (!n || !i)
      return this;
    const o = {};
    return t.forEach((l) => {
      o[l] = i[l] && i[l].active() ? i[l]._to : this[l];
    }), o;
  }
}, lt(Bs, "defaults", {}), lt(Bs, "defaultRoutes"), Bs);
function F4(e, t) {
  const n = e.options.ticks, i = A4(e), o = Math.min(n.maxTicksLimit || i, i), l = n.major.enabled ? T4(t) : [], s = l.length, r = l[0], a = l[s - 1], c = [];
  if (s > o)
    return V4(t, c, l, s / o), c;
  const f = P4(l, t, o);
  if (s > 0) {
    let u, h;
    const d = s > 1 ? Math.round((a - r) / (s - 1)) : null;
    for (Ss(t, c, f, Mt(d) ? 0 : r - d, r), u = 0, h = s - 1; u < h; u++)
      Ss(t, c, f, l[u], l[u + 1]);
    return Ss(t, c, f, a, Mt(d) ? t.length : a + d), c;
  }
  return Ss(t, c, f), c;
}
function A4(e) {
  const t = e.options.offset, n = e._tickSize(), i = e._length / n + (t ? 0 : 1), o = e._maxLength / n;
  return Math.floor(Math.min(i, o));
}
function P4(e, t, n) {
  const i = L4(e), o = t.length / n;
  if (!i)
    return Math.max(o, 1);
  const l = Ng(i);
  for (let s = 0, r = l.length - 1; s < r; s++) {
    const a = l[s];
    if (a > o)
      return a;
  }
  return Math.max(o, 1);
}
function T4(e) {
  const t = [];
  let n, i;
  for (n = 0, i = e.length; n < i; n++)
    e[n].major && t.push(n);
  return t;
}
function V4(e, t, n, i) {
  let o = 0, l = n[0], s;
  for (i = Math.ceil(i), s = 0; s < e.length; s++)
    s === l && (t.push(e[s]), o++, l = n[o * i]);
}
function Ss(e, t, n, i, o) {
  const l = pt(i, 0), s = Math.min(pt(o, e.length), e.length);
  let r = 0, a, c, f;
  for (n = Math.ceil(n), o && (a = o - i, n = a / Math.floor(a / n)), f = l; f < 0; )
    r++, f = Math.round(l + r * n);
  for (c = Math.max(l, 0); c < s; c++)
    c === f && (t.push(e[c]), r++, f = Math.round(l + r * n));
}
function L4(e) {
  const t = e.length;
  let n, i;
  if (t < 2)
    return !1;
  for (i = e[0], n = 1; n < t; ++n)
    if (e[n] - e[n - 1] !== i)
      return !1;
  return i;
}
const I4 = (e) => e === "left" ? "right" : e === "right" ? "left" : e, Q1 = (e, t, n) => t === "top" || t === "left" ? e[t] + n : e[t] - n, J1 = (e, t) => Math.min(t || e, e);
function tc(e, t) {
  const n = [], i = e.length / t, o = e.length;
  let l = 0;
  for (; l < o; l += i)
    n.push(e[Math.floor(l)]);
  return n;
}
function $4(e, t, n) {
  const i = e.ticks.length, o = Math.min(t, i - 1), l = e._startPixel, s = e._endPixel, r = 1e-6;
  let a = e.getPixelForTick(o), c;
  if (!(n && (i === 1 ? c = Math.max(a - l, s - a) : t === 0 ? c = (e.getPixelForTick(1) - a) / 2 : c = (a - e.getPixelForTick(o - 1)) / 2, a += o < t ? c : -c, a < l - r || a > s + r)))
    return a;
}
function z4(e, t) {
  ht(e, (n) => {
    const i = n.gc, o = i.length / 2;
    let l;
    if (o > t) {
      for (l = 0; l < o; ++l)
        delete n.data[i[l]];
      i.splice(0, o);
    }
  });
}
function Oi(e) {
  return e.drawTicks ? e.tickLength : 0;
}
function ec(e, t) {
  if (!e.display)
    return 0;
  const n = Ae(e.font, t), i = dn(e.padding);
  return (Ft(e.text) ? e.text.length : 1) * n.lineHeight + i.height;
}
function B4(e, t) {
  return Hn(e, {
    scale: t,
    type: "scale"
  });
}
function H4(e, t, n) {
  return Hn(e, {
    tick: n,
    index: t,
    type: "tick"
  });
}
function j4(e, t, n) {
  let i = Bg(e);
  return (n && t !== "right" || !n && t === "right") && (i = I4(i)), i;
}
function W4(e, t, n, i) {
  const { top: o, left: l, bottom: s, right: r, chart: a } = e, { chartArea: c, scales: f } = a;
  let u = 0, h, d, p;
  const v = s - o, m = r - l;
  if (e.isHorizontal()) {
    if (d = E1(i, l, r), ct(n)) {
      const y = Object.keys(n)[0], _ = n[y];
      p = f[y].getPixelForValue(_) + v - t;
    } else n === "center" ? p = (c.bottom + c.top) / 2 + v - t : p = Q1(e, n, t);
    h = r - l;
  } else {
    if (ct(n)) {
      const y = Object.keys(n)[0], _ = n[y];
      d = f[y].getPixelForValue(_) - m + t;
    } else n === "center" ? d = (c.left + c.right) / 2 - m + t : d = Q1(e, n, t);
    p = E1(i, s, o), u = n === "left" ? -ge : ge;
  }
  return {
    titleX: d,
    titleY: p,
    maxWidth: h,
    rotation: u
  };
}
class di extends us {
  constructor(t) {
    super(), this.id = t.id, this.type = t.type, this.options = void 0, this.ctx = t.ctx, this.chart = t.chart, this.top = void 0, this.bottom = void 0, this.left = void 0, this.right = void 0, this.width = void 0, this.height = void 0, this._margins = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, this.maxWidth = void 0, this.maxHeight = void 0, this.paddingTop = void 0, this.paddingBottom = void 0, this.paddingLeft = void 0, this.paddingRight = void 0, this.axis = void 0, this.labelRotation = void 0, this.min = void 0, this.max = void 0, this._range = void 0, this.ticks = [], this._gridLineItems = null, this._labelItems = null, this._labelSizes = null, this._length = 0, this._maxLength = 0, this._longestTextCache = {}, this._startPixel = void 0, this._endPixel = void 0, this._reversePixels = !1, this._userMax = void 0, this._userMin = void 0, this._suggestedMax = void 0, this._suggestedMin = void 0, this._ticksLength = 0, this._borderValue = 0, this._cache = {}, this._dataLimitsCached = !1, this.$context = void 0;
  }
  init(t) {
    this.options = t.setContext(this.getContext()), this.axis = t.axis, this._userMin = this.parse(t.min), this._userMax = this.parse(t.max), this._suggestedMin = this.parse(t.suggestedMin), this._suggestedMax = this.parse(t.suggestedMax);
  }
  parse(t, n) {
    return t;
  }
  getUserBounds() {
    let { _userMin: t, _userMax: n, _suggestedMin: i, _suggestedMax: o } = this;
    return t = Me(t, Number.POSITIVE_INFINITY), n = Me(n, Number.NEGATIVE_INFINITY), i = Me(i, Number.POSITIVE_INFINITY), o = Me(o, Number.NEGATIVE_INFINITY), {
      min: Me(t, i),
      max: Me(n, o),
      minDefined: Lt(t),
      maxDefined: Lt(n)
    };
  }
  getMinMax(t) {
    let { min: n, max: i, minDefined: o, maxDefined: l } = this.getUserBounds(), s;
    if (o && l)
      return {
        min: n,
        max: i
      };
    const r = this.getMatchingVisibleMetas();
    for (let a = 0, c = r.length; a < c; ++a)
      s = r[a].controller.getMinMax(this, t), o || (n = Math.min(n, s.min)), l || (i = Math.max(i, s.max));
    return n = l && n > i ? i : n, i = o && n > i ? n : i, {
      min: Me(n, Me(i, n)),
      max: Me(i, Me(n, i))
    };
  }
  getPadding() {
    return {
      left: this.paddingLeft || 0,
      top: this.paddingTop || 0,
      right: this.paddingRight || 0,
      bottom: this.paddingBottom || 0
    };
  }
  getTicks() {
    return this.ticks;
  }
  getLabels() {
    const t = this.chart.data;
    return this.options.labels || (this.isHorizontal() ? t.xLabels : t.yLabels) || t.labels || [];
  }
  getLabelItems(t = this.chart.chartArea) {
    return this._labelItems || (this._labelItems = this._computeLabelItems(t));
  }
  beforeLayout() {
    this._cache = {}, this._dataLimitsCached = !1;
  }
  beforeUpdate() {
    xt(this.options.beforeUpdate, [
      this
    ]);
  }
  update(t, n, i) {
    const { beginAtZero: o, grace: l, ticks: s } = this.options, r = s.sampleSize;
    this.beforeUpdate(), this.maxWidth = t, this.maxHeight = n, this._margins = i = Object.assign({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, i), this.ticks = null, this._labelSizes = null, this._gridLineItems = null, this._labelItems = null, this.beforeSetDimensions(), this.setDimensions(), this.afterSetDimensions(), this._maxLength = this.isHorizontal() ? this.width + i.left + i.right : this.height + i.top + i.bottom, this._dataLimitsCached || (this.beforeDataLimits(), this.determineDataLimits(), this.afterDataLimits(), this._range = c0(this, l, o), this._dataLimitsCached = !0), this.beforeBuildTicks(), this.ticks = this.buildTicks() || [], this.afterBuildTicks();
    const a = r < this.ticks.length;
    this._convertTicksToLabels(a ? tc(this.ticks, r) : this.ticks), this.configure(), this.beforeCalculateLabelRotation(), this.calculateLabelRotation(), this.afterCalculateLabelRotation(), s.display && (s.autoSkip || s.source === "auto") && (this.ticks = F4(this, this.ticks), this._labelSizes = null, this.afterAutoSkip()), a && this._convertTicksToLabels(this.ticks), this.beforeFit(), this.fit(), this.afterFit(), this.afterUpdate();
  }
  configure() {
    let t = this.options.reverse, n, i;
    this.isHorizontal() ? (n = this.left, i = this.right) : (n = this.top, i = this.bottom, t = !t), this._startPixel = n, this._endPixel = i, this._reversePixels = t, this._length = i - n, this._alignToPixels = this.options.alignToPixels;
  }
  afterUpdate() {
    xt(this.options.afterUpdate, [
      this
    ]);
  }
  beforeSetDimensions() {
    xt(this.options.beforeSetDimensions, [
      this
    ]);
  }
  setDimensions() {
    this.isHorizontal() ? (this.width = this.maxWidth, this.left = 0, this.right = this.width) : (this.height = this.maxHeight, this.top = 0, this.bottom = this.height), this.paddingLeft = 0, this.paddingTop = 0, this.paddingRight = 0, this.paddingBottom = 0;
  }
  afterSetDimensions() {
    xt(this.options.afterSetDimensions, [
      this
    ]);
  }
  _callHooks(t) {
    this.chart.notifyPlugins(t, this.getContext()), xt(this.options[t], [
      this
    ]);
  }
  beforeDataLimits() {
    this._callHooks("beforeDataLimits");
  }
  determineDataLimits() {
  }
  afterDataLimits() {
    this._callHooks("afterDataLimits");
  }
  beforeBuildTicks() {
    this._callHooks("beforeBuildTicks");
  }
  buildTicks() {
    return [];
  }
  afterBuildTicks() {
    this._callHooks("afterBuildTicks");
  }
  beforeTickToLabelConversion() {
    xt(this.options.beforeTickToLabelConversion, [
      this
    ]);
  }
  generateTickLabels(t) {
    const n = this.options.ticks;
    let i, o, l;
    for (i = 0, o = t.length; i < o; i++)
      l = t[i], l.label = xt(n.callback, [
        l.value,
        i,
        t
      ], this);
  }
  afterTickToLabelConversion() {
    xt(this.options.afterTickToLabelConversion, [
      this
    ]);
  }
  beforeCalculateLabelRotation() {
    xt(this.options.beforeCalculateLabelRotation, [
      this
    ]);
  }
  calculateLabelRotation() {
    const t = this.options, n = t.ticks, i = J1(this.ticks.length, t.ticks.maxTicksLimit), o = n.minRotation || 0, l = n.maxRotation;
    let s = o, r, a, c;
    if (!this._isVisible() || !n.display || o >= l || i <= 1 || !this.isHorizontal()) {
      this.labelRotation = o;
      return;
    }
    const f = this._getLabelSizes(), u = f.widest.width, h = f.highest.height, d = Fe(this.chart.width - u, 0, this.maxWidth);
    r = t.offset ? this.maxWidth / i : d / (i - 1), u + 6 > r && (r = d / (i - (t.offset ? 0.5 : 1)), a = this.maxHeight - Oi(t.grid) - n.padding - ec(t.title, this.chart.options.font), c = Math.sqrt(u * u + h * h), s = Fg(Math.min(Math.asin(Fe((f.highest.height + 6) / r, -1, 1)), Math.asin(Fe(a / c, -1, 1)) - Math.asin(Fe(h / c, -1, 1)))), s = Math.max(o, Math.min(l, s))), this.labelRotation = s;
  }
  afterCalculateLabelRotation() {
    xt(this.options.afterCalculateLabelRotation, [
      this
    ]);
  }
  afterAutoSkip() {
  }
  beforeFit() {
    xt(this.options.beforeFit, [
      this
    ]);
  }
  fit() {
    const t = {
      width: 0,
      height: 0
    }, { chart: n, options: { ticks: i, title: o, grid: l } } = this, s = this._isVisible(), r = this.isHorizontal();
    if (s) {
      const a = ec(o, n.options.font);
      if (r ? (t.width = this.maxWidth, t.height = Oi(l) + a) : (t.height = this.maxHeight, t.width = Oi(l) + a), i.display && this.ticks.length) {
        const { first: c, last: f, widest: u, highest: h } = this._getLabelSizes(), d = i.padding * 2, p = On(this.labelRotation), v = Math.cos(p), m = Math.sin(p);
        if (r) {
          const y = i.mirror ? 0 : m * u.width + v * h.height;
          t.height = Math.min(this.maxHeight, t.height + y + d);
        } else {
          const y = i.mirror ? 0 : v * u.width + m * h.height;
          t.width = Math.min(this.maxWidth, t.width + y + d);
        }
        this._calculatePadding(c, f, m, v);
      }
    }
    this._handleMargins(), r ? (this.width = this._length = n.width - this._margins.left - this._margins.right, this.height = t.height) : (this.width = t.width, this.height = this._length = n.height - this._margins.top - this._margins.bottom);
  }
  _calculatePadding(t, n, i, o) {
    const { ticks: { align: l, padding: s }, position: r } = this.options, a = this.labelRotation !== 0, c = r !== "top" && this.axis === "x";
    if (this.isHorizontal()) {
      const f = this.getPixelForTick(0) - this.left, u = this.right - this.getPixelForTick(this.ticks.length - 1);
      let h = 0, d = 0;
      a ? c ? (h = o * t.width, d = i * n.height) : (h = i * t.height, d = o * n.width) : l === "start" ? d = n.width : l === "end" ? h = t.width : l !== "inner" && (h = t.width / 2, d = n.width / 2), this.paddingLeft = Math.max((h - f + s) * this.width / (this.width - f), 0), this.paddingRight = Math.max((d - u + s) * this.width / (this.width - u), 0);
    } else {
      let f = n.height / 2, u = t.height / 2;
      l === "start" ? (f = 0, u = t.height) : l === "end" && (f = n.height, u = 0), this.paddingTop = f + s, this.paddingBottom = u + s;
    }
  }
  _handleMargins() {
    this._margins && (this._margins.left = Math.max(this.paddingLeft, this._margins.left), this._margins.top = Math.max(this.paddingTop, this._margins.top), this._margins.right = Math.max(this.paddingRight, this._margins.right), this._margins.bottom = Math.max(this.paddingBottom, this._margins.bottom));
  }
  afterFit() {
    xt(this.options.afterFit, [
      this
    ]);
  }
  isHorizontal() {
    const { axis: t, position: n } = this.options;
    return n === "top" || n === "bottom" || t === "x";
  }
  isFullSize() {
    return this.options.fullSize;
  }
  _convertTicksToLabels(t) {
    this.beforeTickToLabelConversion(), this.generateTickLabels(t);
    let n, i;
    for (n = 0, i = t.length; n < i; n++)
      Mt(t[n].label) && (t.splice(n, 1), i--, n--);
    this.afterTickToLabelConversion();
  }
  _getLabelSizes() {
    let t = this._labelSizes;
    if (!t) {
      const n = this.options.ticks.sampleSize;
      let i = this.ticks;
      n < i.length && (i = tc(i, n)), this._labelSizes = t = this._computeLabelSizes(i, i.length, this.options.ticks.maxTicksLimit);
    }
    return t;
  }
  _computeLabelSizes(t, n, i) {
    const { ctx: o, _longestTextCache: l } = this, s = [], r = [], a = Math.floor(n / J1(n, i));
    let c = 0, f = 0, u, h, d, p, v, m, y, _, O, P, M;
    for (u = 0; u < n; u += a) {
      if (p = t[u].label, v = this._resolveTickFontOptions(u), o.font = m = v.string, y = l[m] = l[m] || {
        data: {},
        gc: []
      }, _ = v.lineHeight, O = P = 0, !Mt(p) && !Ft(p))
        O = N1(o, y.data, y.gc, O, p), P = _;
      else if (Ft(p))
        for (h = 0, d = p.length; h < d; ++h)
          M = p[h], !Mt(M) && !Ft(M) && (O = N1(o, y.data, y.gc, O, M), P += _);
      s.push(O), r.push(P), c = Math.max(O, c), f = Math.max(P, f);
    }
    z4(l, n);
    const N = s.indexOf(c), w = r.indexOf(f), C = (S) => ({
      width: s[S] || 0,
      height: r[S] || 0
    });
    return {
      first: C(0),
      last: C(n - 1),
      widest: C(N),
      highest: C(w),
      widths: s,
      heights: r
    };
  }
  getLabelForValue(t) {
    return t;
  }
  getPixelForValue(t, n) {
    return NaN;
  }
  getValueForPixel(t) {
  }
  getPixelForTick(t) {
    const n = this.ticks;
    return t < 0 || t > n.length - 1 ? null : this.getPixelForValue(n[t].value);
  }
  getPixelForDecimal(t) {
    this._reversePixels && (t = 1 - t);
    const n = this._startPixel + t * this._length;
    return Tg(this._alignToPixels ? wn(this.chart, n, 0) : n);
  }
  getDecimalForPixel(t) {
    const n = (t - this._startPixel) / this._length;
    return this._reversePixels ? 1 - n : n;
  }
  getBasePixel() {
    return this.getPixelForValue(this.getBaseValue());
  }
  getBaseValue() {
    const { min: t, max: n } = this;
    return t < 0 && n < 0 ? n : t > 0 && n > 0 ? t : 0;
  }
  getContext(t) {
    const n = this.ticks || [];
    if (t >= 0 && t < n.length) {
      const i = n[t];
      return i.$context || (i.$context = H4(this.getContext(), t, i));
    }
    return this.$context || (this.$context = B4(this.chart.getContext(), this));
  }
  _tickSize() {
    const t = this.options.ticks, n = On(this.labelRotation), i = Math.abs(Math.cos(n)), o = Math.abs(Math.sin(n)), l = this._getLabelSizes(), s = t.autoSkipPadding || 0, r = l ? l.widest.width + s : 0, a = l ? l.highest.height + s : 0;
    return this.isHorizontal() ? a * i > r * o ? r / i : a / o : a * o < r * i ? a / i : r / o;
  }
  _isVisible() {
    const t = this.options.display;
    return t !== "auto" ? !!t : this.getMatchingVisibleMetas().length > 0;
  }
  _computeGridLineItems(t) {
    const n = this.axis, i = this.chart, o = this.options, { grid: l, position: s, border: r } = o, a = l.offset, c = this.isHorizontal(), u = this.ticks.length + (a ? 1 : 0), h = Oi(l), d = [], p = r.setContext(this.getContext()), v = p.display ? p.width : 0, m = v / 2, y = function(tt) {
      return wn(i, tt, v);
    };
    let _, O, P, M, N, w, C, S, $, A, j, G;
    if (s === "top")
      _ = y(this.bottom), w = this.bottom - h, S = _ - m, A = y(t.top) + m, G = t.bottom;
    else if (s === "bottom")
      _ = y(this.top), A = t.top, G = y(t.bottom) - m, w = _ + m, S = this.top + h;
    else if (s === "left")
      _ = y(this.right), N = this.right - h, C = _ - m, $ = y(t.left) + m, j = t.right;
    else if (s === "right")
      _ = y(this.left), $ = t.left, j = y(t.right) - m, N = _ + m, C = this.left + h;
    else if (n === "x") {
      if (s === "center")
        _ = y((t.top + t.bottom) / 2 + 0.5);
      else if (ct(s)) {
        const tt = Object.keys(s)[0], q = s[tt];
        _ = y(this.chart.scales[tt].getPixelForValue(q));
      }
      A = t.top, G = t.bottom, w = _ + m, S = w + h;
    } else if (n === "y") {
      if (s === "center")
        _ = y((t.left + t.right) / 2);
      else if (ct(s)) {
        const tt = Object.keys(s)[0], q = s[tt];
        _ = y(this.chart.scales[tt].getPixelForValue(q));
      }
      N = _ - m, C = N - h, $ = t.left, j = t.right;
    }
    const bt = pt(o.ticks.maxTicksLimit, u), nt = Math.max(1, Math.ceil(u / bt));
    for (O = 0; O < u; O += nt) {
      const tt = this.getContext(O), q = l.setContext(tt), X = r.setContext(tt), gt = q.lineWidth, fe = q.color, ne = X.dash || [], It = X.dashOffset, Rt = q.tickWidth, ue = q.tickColor, mn = q.tickBorderDash || [], ze = q.tickBorderDashOffset;
      P = $4(this, O, a), P !== void 0 && (M = wn(i, P, gt), c ? N = C = $ = j = M : w = S = A = G = M, d.push({
        tx1: N,
        ty1: w,
        tx2: C,
        ty2: S,
        x1: $,
        y1: A,
        x2: j,
        y2: G,
        width: gt,
        color: fe,
        borderDash: ne,
        borderDashOffset: It,
        tickWidth: Rt,
        tickColor: ue,
        tickBorderDash: mn,
        tickBorderDashOffset: ze
      }));
    }
    return this._ticksLength = u, this._borderValue = _, d;
  }
  _computeLabelItems(t) {
    const n = this.axis, i = this.options, { position: o, ticks: l } = i, s = this.isHorizontal(), r = this.ticks, { align: a, crossAlign: c, padding: f, mirror: u } = l, h = Oi(i.grid), d = h + f, p = u ? -f : d, v = -On(this.labelRotation), m = [];
    let y, _, O, P, M, N, w, C, S, $, A, j, G = "middle";
    if (o === "top")
      N = this.bottom - p, w = this._getXAxisLabelAlignment();
    else if (o === "bottom")
      N = this.top + p, w = this._getXAxisLabelAlignment();
    else if (o === "left") {
      const nt = this._getYAxisLabelAlignment(h);
      w = nt.textAlign, M = nt.x;
    } else if (o === "right") {
      const nt = this._getYAxisLabelAlignment(h);
      w = nt.textAlign, M = nt.x;
    } else if (n === "x") {
      if (o === "center")
        N = (t.top + t.bottom) / 2 + d;
      else if (ct(o)) {
        const nt = Object.keys(o)[0], tt = o[nt];
        N = this.chart.scales[nt].getPixelForValue(tt) + d;
      }
      w = this._getXAxisLabelAlignment();
    } else if (n === "y") {
      if (o === "center")
        M = (t.left + t.right) / 2 - d;
      else if (ct(o)) {
        const nt = Object.keys(o)[0], tt = o[nt];
        M = this.chart.scales[nt].getPixelForValue(tt);
      }
      w = this._getYAxisLabelAlignment(h).textAlign;
    }
    n === "y" && (a === "start" ? G = "top" : a === "end" && (G = "bottom"));
    const bt = this._getLabelSizes();
    for (y = 0, _ = r.length; y < _; ++y) {
      O = r[y], P = O.label;
      const nt = l.setContext(this.getContext(y));
      C = this.getPixelForTick(y) + l.labelOffset, S = this._resolveTickFontOptions(y), $ = S.lineHeight, A = Ft(P) ? P.length : 1;
      const tt = A / 2, q = nt.color, X = nt.textStrokeColor, gt = nt.textStrokeWidth;
      let fe = w;
      s ? (M = C, w === "inner" && (y === _ - 1 ? fe = this.options.reverse ? "left" : "right" : y === 0 ? fe = this.options.reverse ? "right" : "left" : fe = "center"), o === "top" ? c === "near" || v !== 0 ? j = -A * $ + $ / 2 : c === "center" ? j = -bt.highest.height / 2 - tt * $ + $ : j = -bt.highest.height + $ / 2 : c === "near" || v !== 0 ? j = $ / 2 : c === "center" ? j = bt.highest.height / 2 - tt * $ : j = bt.highest.height - A * $, u && (j *= -1), v !== 0 && !nt.showLabelBackdrop && (M += $ / 2 * Math.sin(v))) : (N = C, j = (1 - A) * $ / 2);
      let ne;
      if (nt.showLabelBackdrop) {
        const It = dn(nt.backdropPadding), Rt = bt.heights[y], ue = bt.widths[y];
        let mn = j - It.top, ze = 0 - It.left;
        switch (G) {
          case "middle":
            mn -= Rt / 2;
            break;
          case "bottom":
            mn -= Rt;
            break;
        }
        switch (w) {
          case "center":
            ze -= ue / 2;
            break;
          case "right":
            ze -= ue;
            break;
          case "inner":
            y === _ - 1 ? ze -= ue : y > 0 && (ze -= ue / 2);
            break;
        }
        ne = {
          left: ze,
          top: mn,
          width: ue + It.width,
          height: Rt + It.height,
          color: nt.backdropColor
        };
      }
      m.push({
        label: P,
        font: S,
        textOffset: j,
        options: {
          rotation: v,
          color: q,
          strokeColor: X,
          strokeWidth: gt,
          textAlign: fe,
          textBaseline: G,
          translation: [
            M,
            N
          ],
          backdrop: ne
        }
      });
    }
    return m;
  }
  _getXAxisLabelAlignment() {
    const { position: t, ticks: n } = this.options;
    if (-On(this.labelRotation))
      return t === "top" ? "left" : "right";
    let o = "center";
    return n.align === "start" ? o = "left" : n.align === "end" ? o = "right" : n.align === "inner" && (o = "inner"), o;
  }
  _getYAxisLabelAlignment(t) {
    const { position: n, ticks: { crossAlign: i, mirror: o, padding: l } } = this.options, s = this._getLabelSizes(), r = t + l, a = s.widest.width;
    let c, f;
    return n === "left" ? o ? (f = this.right + l, i === "near" ? c = "left" : i === "center" ? (c = "center", f += a / 2) : (c = "right", f += a)) : (f = this.right - r, i === "near" ? c = "right" : i === "center" ? (c = "center", f -= a / 2) : (c = "left", f = this.left)) : n === "right" ? o ? (f = this.left + l, i === "near" ? c = "right" : i === "center" ? (c = "center", f -= a / 2) : (c = "left", f -= a)) : (f = this.left + r, i === "near" ? c = "left" : i === "center" ? (c = "center", f += a / 2) : (c = "right", f = this.right)) : c = "right", {
      textAlign: c,
      x: f
    };
  }
  _computeLabelArea() {
    if (this.options.ticks.mirror)
      return;
    const t = this.chart, n = this.options.position;
    if (n === "left" || n === "right")
      return {
        top: 0,
        left: this.left,
        bottom: t.height,
        right: this.right
      };
    if (n === "top" || n === "bottom")
      return {
        top: this.top,
        left: 0,
        bottom: this.bottom,
        right: t.width
      };
  }
  drawBackground() {
    const { ctx: t, options: { backgroundColor: n }, left: i, top: o, width: l, height: s } = this;
    n && (t.save(), t.fillStyle = n, t.fillRect(i, o, l, s), t.restore());
  }
  getLineWidthForValue(t) {
    const n = this.options.grid;
    if (!this._isVisible() || !n.display)
      return 0;
    const o = this.ticks.findIndex((l) => l.value === t);
    return o >= 0 ? n.setContext(this.getContext(o)).lineWidth : 0;
  }
  drawGrid(t) {
    const n = this.options.grid, i = this.ctx, o = this._gridLineItems || (this._gridLineItems = this._computeGridLineItems(t));
    let l, s;
    const r = (a, c, f) => {
      !f.width || !f.color || (i.save(), i.lineWidth = f.width, i.strokeStyle = f.color, i.setLineDash(f.borderDash || []), i.lineDashOffset = f.borderDashOffset, i.beginPath(), i.moveTo(a.x, a.y), i.lineTo(c.x, c.y), i.stroke(), i.restore());
    };
    if (n.display)
      for (l = 0, s = o.length; l < s; ++l) {
        const a = o[l];
        n.drawOnChartArea && r({
          x: a.x1,
          y: a.y1
        }, {
          x: a.x2,
          y: a.y2
        }, a), n.drawTicks && r({
          x: a.tx1,
          y: a.ty1
        }, {
          x: a.tx2,
          y: a.ty2
        }, {
          color: a.tickColor,
          width: a.tickWidth,
          borderDash: a.tickBorderDash,
          borderDashOffset: a.tickBorderDashOffset
        });
      }
  }
  drawBorder() {
    const { chart: t, ctx: n, options: { border: i, grid: o } } = this, l = i.setContext(this.getContext()), s = i.display ? l.width : 0;
    if (!s)
      return;
    const r = o.setContext(this.getContext(0)).lineWidth, a = this._borderValue;
    let c, f, u, h;
    this.isHorizontal() ? (c = wn(t, this.left, s) - s / 2, f = wn(t, this.right, r) + r / 2, u = h = a) : (u = wn(t, this.top, s) - s / 2, h = wn(t, this.bottom, r) + r / 2, c = f = a), n.save(), n.lineWidth = l.width, n.strokeStyle = l.color, n.beginPath(), n.moveTo(c, u), n.lineTo(f, h), n.stroke(), n.restore();
  }
  drawLabels(t) {
    if (!this.options.ticks.display)
      return;
    const i = this.ctx, o = this._computeLabelArea();
    o && jr(i, o);
    const l = this.getLabelItems(t);
    for (const s of l) {
      const r = s.options, a = s.font, c = s.label, f = s.textOffset;
      R1(i, c, 0, f, a, r);
    }
    o && Wr(i);
  }
  drawTitle() {
    const { ctx: t, options: { position: n, title: i, reverse: o } } = this;
    if (!i.display)
      return;
    const l = Ae(i.font), s = dn(i.padding), r = i.align;
    let a = l.lineHeight / 2;
    n === "bottom" || n === "center" || ct(n) ? (a += s.bottom, Ft(i.text) && (a += l.lineHeight * (i.text.length - 1))) : a += s.top;
    const { titleX: c, titleY: f, maxWidth: u, rotation: h } = W4(this, a, n, r);
    R1(t, i.text, 0, 0, l, {
      color: i.color,
      maxWidth: u,
      rotation: h,
      textAlign: j4(r, n, o),
      textBaseline: "middle",
      translation: [
        c,
        f
      ]
    });
  }
  draw(t) {
    this._isVisible() && (this.drawBackground(), this.drawGrid(t), this.drawBorder(), this.drawTitle(), this.drawLabels(t));
  }
  _layers() {
    const t = this.options, n = t.ticks && t.ticks.z || 0, i = pt(t.grid && t.grid.z, -1), o = pt(t.border && t.border.z, 0);
    return !this._isVisible() || this.draw !== di.prototype.draw ? [
      {
        z: n,
        draw: (l) => {
          this.draw(l);
        }
      }
    ] : [
      {
        z: i,
        draw: (l) => {
          this.drawBackground(), this.drawGrid(l), this.drawTitle();
        }
      },
      {
        z: o,
        draw: () => {
          this.drawBorder();
        }
      },
      {
        z: n,
        draw: (l) => {
          this.drawLabels(l);
        }
      }
    ];
  }
  getMatchingVisibleMetas(t) {
    const n = this.chart.getSortedVisibleDatasetMetas(), i = this.axis + "AxisID", o = [];
    let l, s;
    for (l = 0, s = n.length; l < s; ++l) {
      const r = n[l];
      r[i] === this.id && (!t || r.type === t) && o.push(r);
    }
    return o;
  }
  _resolveTickFontOptions(t) {
    const n = this.options.ticks.setContext(this.getContext(t));
    return Ae(n.font);
  }
  _maxDigits() {
    const t = this._resolveTickFontOptions(0).lineHeight;
    return (this.isHorizontal() ? this.width : this.height) / t;
  }
}
class Rs {
  constructor(t, n, i) {
    this.type = t, this.scope = n, this.override = i, this.items = /* @__PURE__ */ Object.create(null);
  }
  isForType(t) {
    return Object.prototype.isPrototypeOf.call(this.type.prototype, t.prototype);
  }
  register(t) {
    const n = Object.getPrototypeOf(t);
    let i;
    G4(n) && (i = this.register(n));
    const o = this.items, l = t.id, s = this.scope + "." + l;
    if (!l)
      throw new Error("class does not have id: " + t);
    return l in o || (o[l] = t, q4(t, s, i), this.override && Ct.override(t.id, t.overrides)), s;
  }
  get(t) {
    return this.items[t];
  }
  unregister(t) {
    const n = this.items, i = t.id, o = this.scope;
    i in n && delete n[i], o && i in Ct[o] && (delete Ct[o][i], this.override && delete Bn[i]);
  }
}
function q4(e, t, n) {
  const i = Ji(/* @__PURE__ */ Object.create(null), [
    n ? Ct.get(n) : {},
    Ct.get(t),
    e.defaults
  ]);
  Ct.set(t, i), e.defaultRoutes && U4(t, e.defaultRoutes), e.descriptors && Ct.describe(t, e.descriptors);
}
function U4(e, t) {
  Object.keys(t).forEach((n) => {
    const i = n.split("."), o = i.pop(), l = [
      e
    ].concat(i).join("."), s = t[n].split("."), r = s.pop(), a = s.join(".");
    Ct.route(l, o, a, r);
  });
}
function G4(e) {
  return "id" in e && "defaults" in e;
}
class Y4 {
  constructor() {
    this.controllers = new Rs(Qs, "datasets", !0), this.elements = new Rs(us, "elements"), this.plugins = new Rs(Object, "plugins"), this.scales = new Rs(di, "scales"), this._typedRegistries = [
      this.controllers,
      this.scales,
      this.elements
    ];
  }
  add(...t) {
    this._each("register", t);
  }
  remove(...t) {
    this._each("unregister", t);
  }
  addControllers(...t) {
    this._each("register", t, this.controllers);
  }
  addElements(...t) {
    this._each("register", t, this.elements);
  }
  addPlugins(...t) {
    this._each("register", t, this.plugins);
  }
  addScales(...t) {
    this._each("register", t, this.scales);
  }
  getController(t) {
    return this._get(t, this.controllers, "controller");
  }
  getElement(t) {
    return this._get(t, this.elements, "element");
  }
  getPlugin(t) {
    return this._get(t, this.plugins, "plugin");
  }
  getScale(t) {
    return this._get(t, this.scales, "scale");
  }
  removeControllers(...t) {
    this._each("unregister", t, this.controllers);
  }
  removeElements(...t) {
    this._each("unregister", t, this.elements);
  }
  removePlugins(...t) {
    this._each("unregister", t, this.plugins);
  }
  removeScales(...t) {
    this._each("unregister", t, this.scales);
  }
  _each(t, n, i) {
    [
      ...n
    ].forEach((o) => {
      const l = i || this._getRegistryForType(o);
      i || l.isForType(o) || l === this.plugins && o.id ? this._exec(t, l, o) : ht(o, (s) => {
        const r = i || this._getRegistryForType(s);
        this._exec(t, r, s);
      });
    });
  }
  _exec(t, n, i) {
    const o = zr(t);
    xt(i["before" + o], [], i), n[t](i), xt(i["after" + o], [], i);
  }
  _getRegistryForType(t) {
    for (let n = 0; n < this._typedRegistries.length; n++) {
      const i = this._typedRegistries[n];
      if (i.isForType(t))
        return i;
    }
    return this.plugins;
  }
  _get(t, n, i) {
    const o = n.get(t);
    if (o === void 0)
      throw new Error('"' + t + '" is not a registered ' + i + ".");
    return o;
  }
}
var Ce = /* @__PURE__ */ new Y4();
class K4 {
  constructor() {
    this._init = [];
  }
  notify(t, n, i, o) {
    n === "beforeInit" && (this._init = this._createDescriptors(t, !0), this._notify(this._init, t, "install"));
    const l = o ? this._descriptors(t).filter(o) : this._descriptors(t), s = this._notify(l, t, n, i);
    return n === "afterDestroy" && (this._notify(l, t, "stop"), this._notify(this._init, t, "uninstall")), s;
  }
  _notify(t, n, i, o) {
    o = o || {};
    for (const l of t) {
      const s = l.plugin, r = s[i], a = [
        n,
        o,
        l.options
      ];
      if (xt(r, a, s) === !1 && o.cancelable)
        return !1;
    }
    return !0;
  }
  invalidate() {
    Mt(this._cache) || (this._oldCache = this._cache, this._cache = void 0);
  }
  _descriptors(t) {
    if (this._cache)
      return this._cache;
    const n = this._cache = this._createDescriptors(t);
    return this._notifyStateChanges(t), n;
  }
  _createDescriptors(t, n) {
    const i = t && t.config, o = pt(i.options && i.options.plugins, {}), l = X4(i);
    return o === !1 && !n ? [] : Q4(t, l, o, n);
  }
  _notifyStateChanges(t) {
    const n = this._oldCache || [], i = this._cache, o = (l, s) => l.filter((r) => !s.some((a) => r.plugin.id === a.plugin.id));
    this._notify(o(n, i), t, "stop"), this._notify(o(i, n), t, "start");
  }
}
function X4(e) {
  const t = {}, n = [], i = Object.keys(Ce.plugins.items);
  for (let l = 0; l < i.length; l++)
    n.push(Ce.getPlugin(i[l]));
  const o = e.plugins || [];
  for (let l = 0; l < o.length; l++) {
    const s = o[l];
    n.indexOf(s) === -1 && (n.push(s), t[s.id] = !0);
  }
  return {
    plugins: n,
    localIds: t
  };
}
function Z4(e, t) {
  return !t && e === !1 ? null : e === !0 ? {} : e;
}
function Q4(e, { plugins: t, localIds: n }, i, o) {
  const l = [], s = e.getContext();
  for (const r of t) {
    const a = r.id, c = Z4(i[a], o);
    c !== null && l.push({
      plugin: r,
      options: J4(e.config, {
        plugin: r,
        local: n[a]
      }, c, s)
    });
  }
  return l;
}
function J4(e, { plugin: t, local: n }, i, o) {
  const l = e.pluginScopeKeys(t), s = e.getOptionScopes(i, l);
  return n && t.defaults && s.push(t.defaults), e.createResolver(s, o, [
    ""
  ], {
    scriptable: !1,
    indexable: !1,
    allKeys: !0
  });
}
function er(e, t) {
  const n = Ct.datasets[e] || {};
  return ((t.datasets || {})[e] || {}).indexAxis || t.indexAxis || n.indexAxis || "x";
}
function tv(e, t) {
  let n = e;
  return e === "_index_" ? n = t : e === "_value_" && (n = t === "x" ? "y" : "x"), n;
}
function ev(e, t) {
  return e === t ? "_index_" : "_value_";
}
function nc(e) {
  if (e === "x" || e === "y" || e === "r")
    return e;
}
function nv(e) {
  if (e === "top" || e === "bottom")
    return "x";
  if (e === "left" || e === "right")
    return "y";
}
function nr(e, ...t) {
  if (nc(e))
    return e;
  for (const n of t) {
    const i = n.axis || nv(n.position) || e.length > 1 && nc(e[0].toLowerCase());
    if (i)
      return i;
  }
  throw new Error(`Cannot determine type of '${e}' axis. Please provide 'axis' or 'position' option.`);
}
function ic(e, t, n) {
  if (n[t + "AxisID"] === e)
    return {
      axis: t
    };
}
function iv(e, t) {
  if (t.data && t.data.datasets) {
    const n = t.data.datasets.filter((i) => i.xAxisID === e || i.yAxisID === e);
    if (n.length)
      return ic(e, "x", n[0]) || ic(e, "y", n[0]);
  }
  return {};
}
function sv(e, t) {
  const n = Bn[e.type] || {
    scales: {}
  }, i = t.scales || {}, o = er(e.type, t), l = /* @__PURE__ */ Object.create(null);
  return Object.keys(i).forEach((s) => {
    const r = i[s];
    if (!ct(r))
      return console.error(`Invalid scale configuration for scale: ${s}`);
    if (r._proxy)
      return console.warn(`Ignoring resolver passed as options for scale: ${s}`);
    const a = nr(s, r, iv(s, e), Ct.scales[r.type]), c = ev(a, o), f = n.scales || {};
    l[s] = Bi(/* @__PURE__ */ Object.create(null), [
      {
        axis: a
      },
      r,
      f[a],
      f[c]
    ]);
  }), e.data.datasets.forEach((s) => {
    const r = s.type || e.type, a = s.indexAxis || er(r, t), f = (Bn[r] || {}).scales || {};
    Object.keys(f).forEach((u) => {
      const h = tv(u, a), d = s[h + "AxisID"] || h;
      l[d] = l[d] || /* @__PURE__ */ Object.create(null), Bi(l[d], [
        {
          axis: h
        },
        i[d],
        f[u]
      ]);
    });
  }), Object.keys(l).forEach((s) => {
    const r = l[s];
    Bi(r, [
      Ct.scales[r.type],
      Ct.scale
    ]);
  }), l;
}
function Zu(e) {
  const t = e.options || (e.options = {});
  t.plugins = pt(t.plugins, {}), t.scales = sv(e, t);
}
function Qu(e) {
  return e = e || {}, e.datasets = e.datasets || [], e.labels = e.labels || [], e;
}
function ov(e) {
  return e = e || {}, e.data = Qu(e.data), Zu(e), e;
}
const sc = /* @__PURE__ */ new Map(), Ju = /* @__PURE__ */ new Set();
function Fs(e, t) {
  let n = sc.get(e);
  return n || (n = t(), sc.set(e, n), Ju.add(n)), n;
}
const Ni = (e, t, n) => {
  const i = Mo(t, n);
  i !== void 0 && e.add(i);
};
class lv {
  constructor(t) {
    this._config = ov(t), this._scopeCache = /* @__PURE__ */ new Map(), this._resolverCache = /* @__PURE__ */ new Map();
  }
  get platform() {
    return this._config.platform;
  }
  get type() {
    return this._config.type;
  }
  set type(t) {
    this._config.type = t;
  }
  get data() {
    return this._config.data;
  }
  set data(t) {
    this._config.data = Qu(t);
  }
  get options() {
    return this._config.options;
  }
  set options(t) {
    this._config.options = t;
  }
  get plugins() {
    return this._config.plugins;
  }
  update() {
    const t = this._config;
    this.clearCache(), Zu(t);
  }
  clearCache() {
    this._scopeCache.clear(), this._resolverCache.clear();
  }
  datasetScopeKeys(t) {
    return Fs(t, () => [
      [
        `datasets.${t}`,
        ""
      ]
    ]);
  }
  datasetAnimationScopeKeys(t, n) {
    return Fs(`${t}.transition.${n}`, () => [
      [
        `datasets.${t}.transitions.${n}`,
        `transitions.${n}`
      ],
      [
        `datasets.${t}`,
        ""
      ]
    ]);
  }
  datasetElementScopeKeys(t, n) {
    return Fs(`${t}-${n}`, () => [
      [
        `datasets.${t}.elements.${n}`,
        `datasets.${t}`,
        `elements.${n}`,
        ""
      ]
    ]);
  }
  pluginScopeKeys(t) {
    const n = t.id, i = this.type;
    return Fs(`${i}-plugin-${n}`, () => [
      [
        `plugins.${n}`,
        ...t.additionalOptionScopes || []
      ]
    ]);
  }
  _cachedScopes(t, n) {
    const i = this._scopeCache;
    let o = i.get(t);
    return (!o || n) && (o = /* @__PURE__ */ new Map(), i.set(t, o)), o;
  }
  getOptionScopes(t, n, i) {
    const { options: o, type: l } = this, s = this._cachedScopes(t, i), r = s.get(n);
    if (r)
      return r;
    const a = /* @__PURE__ */ new Set();
    n.forEach((f) => {
      t && (a.add(t), f.forEach((u) => Ni(a, t, u))), f.forEach((u) => Ni(a, o, u)), f.forEach((u) => Ni(a, Bn[l] || {}, u)), f.forEach((u) => Ni(a, Ct, u)), f.forEach((u) => Ni(a, Jl, u));
    });
    const c = Array.from(a);
    return c.length === 0 && c.push(/* @__PURE__ */ Object.create(null)), Ju.has(n) && s.set(n, c), c;
  }
  chartOptionScopes() {
    const { options: t, type: n } = this;
    return [
      t,
      Bn[n] || {},
      Ct.datasets[n] || {},
      {
        type: n
      },
      Ct,
      Jl
    ];
  }
  resolveNamedOptions(t, n, i, o = [
    ""
  ]) {
    const l = {
      $shared: !0
    }, { resolver: s, subPrefixes: r } = oc(this._resolverCache, t, o);
    let a = s;
    if (av(s, n)) {
      l.$shared = !1, i = hn(i) ? i() : i;
      const c = this.createResolver(t, i, r);
      a = ai(s, i, c);
    }
    for (const c of n)
      l[c] = a[c];
    return l;
  }
  createResolver(t, n, i = [
    ""
  ], o) {
    const { resolver: l } = oc(this._resolverCache, t, i);
    return ct(n) ? ai(l, n, void 0, o) : l;
  }
}
function oc(e, t, n) {
  let i = e.get(t);
  i || (i = /* @__PURE__ */ new Map(), e.set(t, i));
  const o = n.join();
  let l = i.get(o);
  return l || (l = {
    resolver: qr(t, n),
    subPrefixes: n.filter((r) => !r.toLowerCase().includes("hover"))
  }, i.set(o, l)), l;
}
const rv = (e) => ct(e) && Object.getOwnPropertyNames(e).some((t) => hn(e[t]));
function av(e, t) {
  const { isScriptable: n, isIndexable: i } = Vu(e);
  for (const o of t) {
    const l = n(o), s = i(o), r = (s || l) && e[o];
    if (l && (hn(r) || rv(r)) || s && Ft(r))
      return !0;
  }
  return !1;
}
var cv = "4.4.7";
const fv = [
  "top",
  "bottom",
  "left",
  "right",
  "chartArea"
];
function lc(e, t) {
  return e === "top" || e === "bottom" || fv.indexOf(e) === -1 && t === "x";
}
function rc(e, t) {
  return function(n, i) {
    return n[e] === i[e] ? n[t] - i[t] : n[e] - i[e];
  };
}
function ac(e) {
  const t = e.chart, n = t.options.animation;
  t.notifyPlugins("afterRender"), xt(n && n.onComplete, [
    e
  ], t);
}
function uv(e) {
  const t = e.chart, n = t.options.animation;
  xt(n && n.onProgress, [
    e
  ], t);
}
function th(e) {
  return Yr() && typeof e == "string" ? e = document.getElementById(e) : e && e.length && (e = e[0]), e && e.canvas && (e = e.canvas), e;
}
const to = {}, cc = (e) => {
  const t = th(e);
  return Object.values(to).filter((n) => n.canvas === t).pop();
};
function hv(e, t, n) {
  const i = Object.keys(e);
  for (const o of i) {
    const l = +o;
    if (l >= t) {
      const s = e[o];
      delete e[o], (n > 0 || l > t) && (e[l + n] = s);
    }
  }
}
function dv(e, t, n, i) {
  return !n || e.type === "mouseout" ? null : i ? t : e;
}
function As(e, t, n) {
  return e.options.clip ? e[n] : t[n];
}
function pv(e, t) {
  const { xScale: n, yScale: i } = e;
  return n && i ? {
    left: As(n, t, "left"),
    right: As(n, t, "right"),
    top: As(i, t, "top"),
    bottom: As(i, t, "bottom")
  } : t;
}
class on {
  static register(...t) {
    Ce.add(...t), fc();
  }
  static unregister(...t) {
    Ce.remove(...t), fc();
  }
  constructor(t, n) {
    const i = this.config = new lv(n), o = th(t), l = cc(o);
    if (l)
      throw new Error("Canvas is already in use. Chart with ID '" + l.id + "' must be destroyed before the canvas with ID '" + l.canvas.id + "' can be reused.");
    const s = i.createResolver(i.chartOptionScopes(), this.getContext());
    this.platform = new (i.platform || R4(o))(), this.platform.updateConfig(i);
    const r = this.platform.acquireContext(o, s.aspectRatio), a = r && r.canvas, c = a && a.height, f = a && a.width;
    if (this.id = kg(), this.ctx = r, this.canvas = a, this.width = f, this.height = c, this._options = s, this._aspectRatio = this.aspectRatio, this._layers = [], this._metasets = [], this._stacks = void 0, this.boxes = [], this.currentDevicePixelRatio = void 0, this.chartArea = void 0, this._active = [], this._lastEvent = void 0, this._listeners = {}, this._responsiveListeners = void 0, this._sortedMetasets = [], this.scales = {}, this._plugins = new K4(), this.$proxies = {}, this._hiddenIndices = {}, this.attached = !1, this._animationsDisabled = void 0, this.$context = void 0, this._doResize = zg((u) => this.update(u), s.resizeDelay || 0), this._dataChanges = [], to[this.id] = this, !r || !a) {
      console.error("Failed to create chart: can't acquire context from the given item");
      return;
    }
    We.listen(this, "complete", ac), We.listen(this, "progress", uv), this._initialize(), this.attached && this.update();
  }
  get aspectRatio() {
    const { options: { aspectRatio: t, maintainAspectRatio: n }, width: i, height: o, _aspectRatio: l } = this;
    return Mt(t) ? n && l ? l : o ? i / o : null : t;
  }
  get data() {
    return this.config.data;
  }
  set data(t) {
    this.config.data = t;
  }
  get options() {
    return this._options;
  }
  set options(t) {
    this.config.options = t;
  }
  get registry() {
    return Ce;
  }
  _initialize() {
    return this.notifyPlugins("beforeInit"), this.options.responsive ? this.resize() : T1(this, this.options.devicePixelRatio), this.bindEvents(), this.notifyPlugins("afterInit"), this;
  }
  clear() {
    return S1(this.canvas, this.ctx), this;
  }
  stop() {
    return We.stop(this), this;
  }
  resize(t, n) {
    We.running(this) ? this._resizeBeforeDraw = {
      width: t,
      height: n
    } : this._resize(t, n);
  }
  _resize(t, n) {
    const i = this.options, o = this.canvas, l = i.maintainAspectRatio && this.aspectRatio, s = this.platform.getMaximumSize(o, t, n, l), r = i.devicePixelRatio || this.platform.getDevicePixelRatio(), a = this.width ? "resize" : "attach";
    this.width = s.width, this.height = s.height, this._aspectRatio = this.aspectRatio, T1(this, r, !0) && (this.notifyPlugins("resize", {
      size: s
    }), xt(i.onResize, [
      this,
      s
    ], this), this.attached && this._doResize(a) && this.render());
  }
  ensureScalesHaveIDs() {
    const n = this.options.scales || {};
    ht(n, (i, o) => {
      i.id = o;
    });
  }
  buildOrUpdateScales() {
    const t = this.options, n = t.scales, i = this.scales, o = Object.keys(i).reduce((s, r) => (s[r] = !1, s), {});
    let l = [];
    n && (l = l.concat(Object.keys(n).map((s) => {
      const r = n[s], a = nr(s, r), c = a === "r", f = a === "x";
      return {
        options: r,
        dposition: c ? "chartArea" : f ? "bottom" : "left",
        dtype: c ? "radialLinear" : f ? "category" : "linear"
      };
    }))), ht(l, (s) => {
      const r = s.options, a = r.id, c = nr(a, r), f = pt(r.type, s.dtype);
      (r.position === void 0 || lc(r.position, c) !== lc(s.dposition)) && (r.position = s.dposition), o[a] = !0;
      let u = null;
      if (a in i && i[a].type === f)
        u = i[a];
      else {
        const h = Ce.getScale(f);
        u = new h({
          id: a,
          type: f,
          ctx: this.ctx,
          chart: this
        }), i[u.id] = u;
      }
      u.init(r, t);
    }), ht(o, (s, r) => {
      s || delete i[r];
    }), ht(i, (s) => {
      Ns.configure(this, s, s.options), Ns.addBox(this, s);
    });
  }
  _updateMetasets() {
    const t = this._metasets, n = this.data.datasets.length, i = t.length;
    if (t.sort((o, l) => o.index - l.index), i > n) {
      for (let o = n; o < i; ++o)
        this._destroyDatasetMeta(o);
      t.splice(n, i - n);
    }
    this._sortedMetasets = t.slice(0).sort(rc("order", "index"));
  }
  _removeUnreferencedMetasets() {
    const { _metasets: t, data: { datasets: n } } = this;
    t.length > n.length && delete this._stacks, t.forEach((i, o) => {
      n.filter((l) => l === i._dataset).length === 0 && this._destroyDatasetMeta(o);
    });
  }
  buildOrUpdateControllers() {
    const t = [], n = this.data.datasets;
    let i, o;
    for (this._removeUnreferencedMetasets(), i = 0, o = n.length; i < o; i++) {
      const l = n[i];
      let s = this.getDatasetMeta(i);
      const r = l.type || this.config.type;
      if (s.type && s.type !== r && (this._destroyDatasetMeta(i), s = this.getDatasetMeta(i)), s.type = r, s.indexAxis = l.indexAxis || er(r, this.options), s.order = l.order || 0, s.index = i, s.label = "" + l.label, s.visible = this.isDatasetVisible(i), s.controller)
        s.controller.updateIndex(i), s.controller.linkScales();
      else {
        const a = Ce.getController(r), { datasetElementType: c, dataElementType: f } = Ct.datasets[r];
        Object.assign(a, {
          dataElementType: Ce.getElement(f),
          datasetElementType: c && Ce.getElement(c)
        }), s.controller = new a(this, i), t.push(s.controller);
      }
    }
    return this._updateMetasets(), t;
  }
  _resetElements() {
    ht(this.data.datasets, (t, n) => {
      this.getDatasetMeta(n).controller.reset();
    }, this);
  }
  reset() {
    this._resetElements(), this.notifyPlugins("reset");
  }
  update(t) {
    const n = this.config;
    n.update();
    const i = this._options = n.createResolver(n.chartOptionScopes(), this.getContext()), o = this._animationsDisabled = !i.animation;
    if (this._updateScales(), this._checkEventBindings(), this._updateHiddenIndices(), this._plugins.invalidate(), this.notifyPlugins("beforeUpdate", {
      mode: t,
      cancelable: !0
    }) === !1)
      return;
    const l = this.buildOrUpdateControllers();
    this.notifyPlugins("beforeElementsUpdate");
    let s = 0;
    for (let c = 0, f = this.data.datasets.length; c < f; c++) {
      const { controller: u } = this.getDatasetMeta(c), h = !o && l.indexOf(u) === -1;
      u.buildOrUpdateElements(h), s = Math.max(+u.getMaxOverflow(), s);
    }
    s = this._minPadding = i.layout.autoPadding ? s : 0, this._updateLayout(s), o || ht(l, (c) => {
      c.reset();
    }), this._updateDatasets(t), this.notifyPlugins("afterUpdate", {
      mode: t
    }), this._layers.sort(rc("z", "_idx"));
    const { _active: r, _lastEvent: a } = this;
    a ? this._eventHandler(a, !0) : r.length && this._updateHoverStyles(r, r, !0), this.render();
  }
  _updateScales() {
    ht(this.scales, (t) => {
      Ns.removeBox(this, t);
    }), this.ensureScalesHaveIDs(), this.buildOrUpdateScales();
  }
  _checkEventBindings() {
    const t = this.options, n = new Set(Object.keys(this._listeners)), i = new Set(t.events);
    (!y1(n, i) || !!this._responsiveListeners !== t.responsive) && (this.unbindEvents(), this.bindEvents());
  }
  _updateHiddenIndices() {
    const { _hiddenIndices: t } = this, n = this._getUniformDataChanges() || [];
    for (const { method: i, start: o, count: l } of n) {
      const s = i === "_removeElements" ? -l : l;
      hv(t, o, s);
    }
  }
  _getUniformDataChanges() {
    const t = this._dataChanges;
    if (!t || !t.length)
      return;
    this._dataChanges = [];
    const n = this.data.datasets.length, i = (l) => new Set(t.filter((s) => s[0] === l).map((s, r) => r + "," + s.splice(1).join(","))), o = i(0);
    for (let l = 1; l < n; l++)
      if (!y1(o, i(l)))
        return;
    return Array.from(o).map((l) => l.split(",")).map((l) => ({
      method: l[1],
      start: +l[2],
      count: +l[3]
    }));
  }
  _updateLayout(t) {
    if (this.notifyPlugins("beforeLayout", {
      cancelable: !0
    }) === !1)
      return;
    Ns.update(this, this.width, this.height, t);
    const n = this.chartArea, i = n.width <= 0 || n.height <= 0;
    this._layers = [], ht(this.boxes, (o) => {
      i && o.position === "chartArea" || (o.configure && o.configure(), this._layers.push(...o._layers()));
    }, this), this._layers.forEach((o, l) => {
      o._idx = l;
    }), this.notifyPlugins("afterLayout");
  }
  _updateDatasets(t) {
    if (this.notifyPlugins("beforeDatasetsUpdate", {
      mode: t,
      cancelable: !0
    }) !== !1) {
      for (let n = 0, i = this.data.datasets.length; n < i; ++n)
        this.getDatasetMeta(n).controller.configure();
      for (let n = 0, i = this.data.datasets.length; n < i; ++n)
        this._updateDataset(n, hn(t) ? t({
          datasetIndex: n
        }) : t);
      this.notifyPlugins("afterDatasetsUpdate", {
        mode: t
      });
    }
  }
  _updateDataset(t, n) {
    const i = this.getDatasetMeta(t), o = {
      meta: i,
      index: t,
      mode: n,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetUpdate", o) !== !1 && (i.controller._update(n), o.cancelable = !1, this.notifyPlugins("afterDatasetUpdate", o));
  }
  render() {
    this.notifyPlugins("beforeRender", {
      cancelable: !0
    }) !== !1 && (We.has(this) ? this.attached && !We.running(this) && We.start(this) : (this.draw(), ac({
      chart: this
    })));
  }
  draw() {
    let t;
    if (this._resizeBeforeDraw) {
      const { width: i, height: o } = this._resizeBeforeDraw;
      this._resizeBeforeDraw = null, this._resize(i, o);
    }
    if (this.clear(), this.width <= 0 || this.height <= 0 || this.notifyPlugins("beforeDraw", {
      cancelable: !0
    }) === !1)
      return;
    const n = this._layers;
    for (t = 0; t < n.length && n[t].z <= 0; ++t)
      n[t].draw(this.chartArea);
    for (this._drawDatasets(); t < n.length; ++t)
      n[t].draw(this.chartArea);
    this.notifyPlugins("afterDraw");
  }
  _getSortedDatasetMetas(t) {
    const n = this._sortedMetasets, i = [];
    let o, l;
    for (o = 0, l = n.length; o < l; ++o) {
      const s = n[o];
      (!t || s.visible) && i.push(s);
    }
    return i;
  }
  getSortedVisibleDatasetMetas() {
    return this._getSortedDatasetMetas(!0);
  }
  _drawDatasets() {
    if (this.notifyPlugins("beforeDatasetsDraw", {
      cancelable: !0
    }) === !1)
      return;
    const t = this.getSortedVisibleDatasetMetas();
    for (let n = t.length - 1; n >= 0; --n)
      this._drawDataset(t[n]);
    this.notifyPlugins("afterDatasetsDraw");
  }
  _drawDataset(t) {
    const n = this.ctx, i = t._clip, o = !i.disabled, l = pv(t, this.chartArea), s = {
      meta: t,
      index: t.index,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetDraw", s) !== !1 && (o && jr(n, {
      left: i.left === !1 ? 0 : l.left - i.left,
      right: i.right === !1 ? this.width : l.right + i.right,
      top: i.top === !1 ? 0 : l.top - i.top,
      bottom: i.bottom === !1 ? this.height : l.bottom + i.bottom
    }), t.controller.draw(), o && Wr(n), s.cancelable = !1, this.notifyPlugins("afterDatasetDraw", s));
  }
  isPointInArea(t) {
    return ts(t, this.chartArea, this._minPadding);
  }
  getElementsAtEventForMode(t, n, i, o) {
    const l = f4.modes[n];
    return typeof l == "function" ? l(this, t, i, o) : [];
  }
  getDatasetMeta(t) {
    const n = this.data.datasets[t], i = this._metasets;
    let o = i.filter((l) => l && l._dataset === n).pop();
    return o || (o = {
      type: null,
      data: [],
      dataset: null,
      controller: null,
      hidden: null,
      xAxisID: null,
      yAxisID: null,
      order: n && n.order || 0,
      index: t,
      _dataset: n,
      _parsed: [],
      _sorted: !1
    }, i.push(o)), o;
  }
  getContext() {
    return this.$context || (this.$context = Hn(null, {
      chart: this,
      type: "chart"
    }));
  }
  getVisibleDatasetCount() {
    return this.getSortedVisibleDatasetMetas().length;
  }
  isDatasetVisible(t) {
    const n = this.data.datasets[t];
    if (!n)
      return !1;
    const i = this.getDatasetMeta(t);
    return typeof i.hidden == "boolean" ? !i.hidden : !n.hidden;
  }
  setDatasetVisibility(t, n) {
    const i = this.getDatasetMeta(t);
    i.hidden = !n;
  }
  toggleDataVisibility(t) {
    this._hiddenIndices[t] = !this._hiddenIndices[t];
  }
  getDataVisibility(t) {
    return !this._hiddenIndices[t];
  }
  _updateVisibility(t, n, i) {
    const o = i ? "show" : "hide", l = this.getDatasetMeta(t), s = l.controller._resolveAnimations(void 0, o);
    Eo(n) ? (l.data[n].hidden = !i, this.update()) : (this.setDatasetVisibility(t, i), s.update(l, {
      visible: i
    }), this.update((r) => r.datasetIndex === t ? o : void 0));
  }
  hide(t, n) {
    this._updateVisibility(t, n, !1);
  }
  show(t, n) {
    this._updateVisibility(t, n, !0);
  }
  _destroyDatasetMeta(t) {
    const n = this._metasets[t];
    n && n.controller && n.controller._destroy(), delete this._metasets[t];
  }
  _stop() {
    let t, n;
    for (this.stop(), We.remove(this), t = 0, n = this.data.datasets.length; t < n; ++t)
      this._destroyDatasetMeta(t);
  }
  destroy() {
    this.notifyPlugins("beforeDestroy");
    const { canvas: t, ctx: n } = this;
    this._stop(), this.config.clearCache(), t && (this.unbindEvents(), S1(t, n), this.platform.releaseContext(n), this.canvas = null, this.ctx = null), delete to[this.id], this.notifyPlugins("afterDestroy");
  }
  toBase64Image(...t) {
    return this.canvas.toDataURL(...t);
  }
  bindEvents() {
    this.bindUserEvents(), this.options.responsive ? this.bindResponsiveEvents() : this.attached = !0;
  }
  bindUserEvents() {
    const t = this._listeners, n = this.platform, i = (l, s) => {
      n.addEventListener(this, l, s), t[l] = s;
    }, o = (l, s, r) => {
      l.offsetX = s, l.offsetY = r, this._eventHandler(l);
    };
    ht(this.options.events, (l) => i(l, o));
  }
  bindResponsiveEvents() {
    this._responsiveListeners || (this._responsiveListeners = {});
    const t = this._responsiveListeners, n = this.platform, i = (a, c) => {
      n.addEventListener(this, a, c), t[a] = c;
    }, o = (a, c) => {
      t[a] && (n.removeEventListener(this, a, c), delete t[a]);
    }, l = (a, c) => {
      this.canvas && this.resize(a, c);
    };
    let s;
    const r = () => {
      o("attach", r), this.attached = !0, this.resize(), i("resize", l), i("detach", s);
    };
    s = () => {
      this.attached = !1, o("resize", l), this._stop(), this._resize(0, 0), i("attach", r);
    }, n.isAttached(this.canvas) ? r() : s();
  }
  unbindEvents() {
    ht(this._listeners, (t, n) => {
      this.platform.removeEventListener(this, n, t);
    }), this._listeners = {}, ht(this._responsiveListeners, (t, n) => {
      this.platform.removeEventListener(this, n, t);
    }), this._responsiveListeners = void 0;
  }
  updateHoverStyle(t, n, i) {
    const o = i ? "set" : "remove";
    let l, s, r, a;
    for (n === "dataset" && (l = this.getDatasetMeta(t[0].datasetIndex), l.controller["_" + o + "DatasetHoverStyle"]()), r = 0, a = t.length; r < a; ++r) {
      s = t[r];
      const c = s && this.getDatasetMeta(s.datasetIndex).controller;
      c && c[o + "HoverStyle"](s.element, s.datasetIndex, s.index);
    }
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(t) {
    const n = this._active || [], i = t.map(({ datasetIndex: l, index: s }) => {
      const r = this.getDatasetMeta(l);
      if (!r)
        throw new Error("No dataset found at index " + l);
      return {
        datasetIndex: l,
        element: r.data[s],
        index: s
      };
    });
    !wo(i, n) && (this._active = i, this._lastEvent = null, this._updateHoverStyles(i, n));
  }
  notifyPlugins(t, n, i) {
    return this._plugins.notify(this, t, n, i);
  }
  isPluginEnabled(t) {
    return this._plugins._cache.filter((n) => n.plugin.id === t).length === 1;
  }
  _updateHoverStyles(t, n, i) {
    const o = this.options.hover, l = (a, c) => a.filter((f) => !c.some((u) => f.datasetIndex === u.datasetIndex && f.index === u.index)), s = l(n, t), r = i ? t : l(t, n);
    s.length && this.updateHoverStyle(s, o.mode, !1), r.length && o.mode && this.updateHoverStyle(r, o.mode, !0);
  }
  _eventHandler(t, n) {
    const i = {
      event: t,
      replay: n,
      cancelable: !0,
      inChartArea: this.isPointInArea(t)
    }, o = (s) => (s.options.events || this.options.events).includes(t.native.type);
    if (this.notifyPlugins("beforeEvent", i, o) === !1)
      return;
    const l = this._handleEvent(t, n, i.inChartArea);
    return i.cancelable = !1, this.notifyPlugins("afterEvent", i, o), (l || i.changed) && this.render(), this;
  }
  _handleEvent(t, n, i) {
    const { _active: o = [], options: l } = this, s = n, r = this._getActiveElements(t, o, i, s), a = Cg(t), c = dv(t, this._lastEvent, i, a);
    i && (this._lastEvent = null, xt(l.onHover, [
      t,
      r,
      this
    ], this), a && xt(l.onClick, [
      t,
      r,
      this
    ], this));
    const f = !wo(r, o);
    return (f || n) && (this._active = r, this._updateHoverStyles(r, o, n)), this._lastEvent = c, f;
  }
  _getActiveElements(t, n, i, o) {
    if (t.type === "mouseout")
      return [];
    if (!i)
      return n;
    const l = this.options.hover;
    return this.getElementsAtEventForMode(t, l.mode, l, o);
  }
}
lt(on, "defaults", Ct), lt(on, "instances", to), lt(on, "overrides", Bn), lt(on, "registry", Ce), lt(on, "version", cv), lt(on, "getChart", cc);
function fc() {
  return ht(on.instances, (e) => e._plugins.invalidate());
}
function eh(e, t, n = t) {
  e.lineCap = pt(n.borderCapStyle, t.borderCapStyle), e.setLineDash(pt(n.borderDash, t.borderDash)), e.lineDashOffset = pt(n.borderDashOffset, t.borderDashOffset), e.lineJoin = pt(n.borderJoinStyle, t.borderJoinStyle), e.lineWidth = pt(n.borderWidth, t.borderWidth), e.strokeStyle = pt(n.borderColor, t.borderColor);
}
function gv(e, t, n) {
  e.lineTo(n.x, n.y);
}
function vv(e) {
  return e.stepped ? Jg : e.tension || e.cubicInterpolationMode === "monotone" ? t0 : gv;
}
function nh(e, t, n = {}) {
  const i = e.length, { start: o = 0, end: l = i - 1 } = n, { start: s, end: r } = t, a = Math.max(o, s), c = Math.min(l, r), f = o < s && l < s || o > r && l > r;
  return {
    count: i,
    start: a,
    loop: t.loop,
    ilen: c < a && !f ? i + c - a : c - a
  };
}
function mv(e, t, n, i) {
  const { points: o, options: l } = t, { count: s, start: r, loop: a, ilen: c } = nh(o, n, i), f = vv(l);
  let { move: u = !0, reverse: h } = i || {}, d, p, v;
  for (d = 0; d <= c; ++d)
    p = o[(r + (h ? c - d : d)) % s], !p.skip && (u ? (e.moveTo(p.x, p.y), u = !1) : f(e, v, p, h, l.stepped), v = p);
  return a && (p = o[(r + (h ? c : 0)) % s], f(e, v, p, h, l.stepped)), !!a;
}
function bv(e, t, n, i) {
  const o = t.points, { count: l, start: s, ilen: r } = nh(o, n, i), { move: a = !0, reverse: c } = i || {};
  let f = 0, u = 0, h, d, p, v, m, y;
  const _ = (P) => (s + (c ? r - P : P)) % l, O = () => {
    v !== m && (e.lineTo(f, m), e.lineTo(f, v), e.lineTo(f, y));
  };
  for (a && (d = o[_(0)], e.moveTo(d.x, d.y)), h = 0; h <= r; ++h) {
    if (d = o[_(h)], d.skip)
      continue;
    const P = d.x, M = d.y, N = P | 0;
    N === p ? (M < v ? v = M : M > m && (m = M), f = (u * f + P) / ++u) : (O(), e.lineTo(P, M), p = N, u = 0, v = m = M), y = M;
  }
  O();
}
function ir(e) {
  const t = e.options, n = t.borderDash && t.borderDash.length;
  return !e._decimated && !e._loop && !t.tension && t.cubicInterpolationMode !== "monotone" && !t.stepped && !n ? bv : mv;
}
function yv(e) {
  return e.stepped ? A0 : e.tension || e.cubicInterpolationMode === "monotone" ? P0 : Cn;
}
function kv(e, t, n, i) {
  let o = t._path;
  o || (o = t._path = new Path2D(), t.path(o, n, i) && o.closePath()), eh(e, t.options), e.stroke(o);
}
function wv(e, t, n, i) {
  const { segments: o, options: l } = t, s = ir(t);
  for (const r of o)
    eh(e, l, r.style), e.beginPath(), s(e, t, r, {
      start: n,
      end: n + i - 1
    }) && e.closePath(), e.stroke();
}
const xv = typeof Path2D == "function";
function Mv(e, t, n, i) {
  xv && !t.options.segment ? kv(e, t, n, i) : wv(e, t, n, i);
}
class Nn extends us {
  constructor(t) {
    super(), this.animated = !0, this.options = void 0, this._chart = void 0, this._loop = void 0, this._fullLoop = void 0, this._path = void 0, this._points = void 0, this._segments = void 0, this._decimated = !1, this._pointsUpdated = !1, this._datasetIndex = void 0, t && Object.assign(this, t);
  }
  updateControlPoints(t, n) {
    const i = this.options;
    if ((i.tension || i.cubicInterpolationMode === "monotone") && !i.stepped && !this._pointsUpdated) {
      const o = i.spanGaps ? this._loop : this._fullLoop;
      D0(this._points, i, t, o, n), this._pointsUpdated = !0;
    }
  }
  set points(t) {
    this._points = t, delete this._segments, delete this._path, this._pointsUpdated = !1;
  }
  get points() {
    return this._points;
  }
  get segments() {
    return this._segments || (this._segments = H0(this, this.options.segment));
  }
  first() {
    const t = this.segments, n = this.points;
    return t.length && n[t[0].start];
  }
  last() {
    const t = this.segments, n = this.points, i = t.length;
    return i && n[t[i - 1].end];
  }
  interpolate(t, n) {
    const i = this.options, o = t[n], l = this.points, s = ju(this, {
      property: n,
      start: o,
      end: o
    });
    if (!s.length)
      return;
    const r = [], a = yv(i);
    let c, f;
    for (c = 0, f = s.length; c < f; ++c) {
      const { start: u, end: h } = s[c], d = l[u], p = l[h];
      if (d === p) {
        r.push(d);
        continue;
      }
      const v = Math.abs((o - d[n]) / (p[n] - d[n])), m = a(d, p, v, i.stepped);
      m[n] = t[n], r.push(m);
    }
    return r.length === 1 ? r[0] : r;
  }
  pathSegment(t, n, i) {
    return ir(this)(t, this, n, i);
  }
  path(t, n, i) {
    const o = this.segments, l = ir(this);
    let s = this._loop;
    n = n || 0, i = i || this.points.length - n;
    for (const r of o)
      s &= l(t, this, r, {
        start: n,
        end: n + i - 1
      });
    return !!s;
  }
  draw(t, n, i, o) {
    const l = this.options || {};
    (this.points || []).length && l.borderWidth && (t.save(), Mv(t, this, i, o), t.restore()), this.animated && (this._pointsUpdated = !1, this._path = void 0);
  }
}
lt(Nn, "id", "line"), lt(Nn, "defaults", {
  borderCapStyle: "butt",
  borderDash: [],
  borderDashOffset: 0,
  borderJoinStyle: "miter",
  borderWidth: 3,
  capBezierPoints: !0,
  cubicInterpolationMode: "default",
  fill: !1,
  spanGaps: !1,
  stepped: !1,
  tension: 0
}), lt(Nn, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
}), lt(Nn, "descriptors", {
  _scriptable: !0,
  _indexable: (t) => t !== "borderDash" && t !== "fill"
});
function uc(e, t, n, i) {
  const o = e.options, { [n]: l } = e.getProps([
    n
  ], i);
  return Math.abs(t - l) < o.radius + o.hitRadius;
}
class eo extends us {
  constructor(n) {
    super();
    lt(this, "parsed");
    lt(this, "skip");
    lt(this, "stop");
    this.options = void 0, this.parsed = void 0, this.skip = void 0, this.stop = void 0, n && Object.assign(this, n);
  }
  inRange(n, i, o) {
    const l = this.options, { x: s, y: r } = this.getProps([
      "x",
      "y"
    ], o);
    return Math.pow(n - s, 2) + Math.pow(i - r, 2) < Math.pow(l.hitRadius + l.radius, 2);
  }
  inXRange(n, i) {
    return uc(this, n, "x", i);
  }
  inYRange(n, i) {
    return uc(this, n, "y", i);
  }
  getCenterPoint(n) {
    const { x: i, y: o } = this.getProps([
      "x",
      "y"
    ], n);
    return {
      x: i,
      y: o
    };
  }
  size(n) {
    n = n || this.options || {};
    let i = n.radius || 0;
    i = Math.max(i, i && n.hoverRadius || 0);
    const o = i && n.borderWidth || 0;
    return (i + o) * 2;
  }
  draw(n, i) {
    const o = this.options;
    this.skip || o.radius < 0.1 || !ts(this, i, this.size(o) / 2) || (n.strokeStyle = o.borderColor, n.lineWidth = o.borderWidth, n.fillStyle = o.backgroundColor, tr(n, o, this.x, this.y));
  }
  getRange() {
    const n = this.options || {};
    return n.radius + n.hitRadius;
  }
}
lt(eo, "id", "point"), /**
* @type {any}
*/
lt(eo, "defaults", {
  borderWidth: 1,
  hitRadius: 1,
  hoverBorderWidth: 1,
  hoverRadius: 4,
  pointStyle: "circle",
  radius: 3,
  rotation: 0
}), /**
* @type {any}
*/
lt(eo, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
});
function Ev(e, t, n) {
  const i = e.segments, o = e.points, l = t.points, s = [];
  for (const r of i) {
    let { start: a, end: c } = r;
    c = Zr(a, c, o);
    const f = sr(n, o[a], o[c], r.loop);
    if (!t.segments) {
      s.push({
        source: r,
        target: f,
        start: o[a],
        end: o[c]
      });
      continue;
    }
    const u = ju(t, f);
    for (const h of u) {
      const d = sr(n, l[h.start], l[h.end], h.loop), p = Hu(r, o, d);
      for (const v of p)
        s.push({
          source: v,
          target: h,
          start: {
            [n]: hc(f, d, "start", Math.max)
          },
          end: {
            [n]: hc(f, d, "end", Math.min)
          }
        });
    }
  }
  return s;
}
function sr(e, t, n, i) {
  if (i)
    return;
  let o = t[e], l = n[e];
  return e === "angle" && (o = _e(o), l = _e(l)), {
    property: e,
    start: o,
    end: l
  };
}
function Dv(e, t) {
  const { x: n = null, y: i = null } = e || {}, o = t.points, l = [];
  return t.segments.forEach(({ start: s, end: r }) => {
    r = Zr(s, r, o);
    const a = o[s], c = o[r];
    i !== null ? (l.push({
      x: a.x,
      y: i
    }), l.push({
      x: c.x,
      y: i
    })) : n !== null && (l.push({
      x: n,
      y: a.y
    }), l.push({
      x: n,
      y: c.y
    }));
  }), l;
}
function Zr(e, t, n) {
  for (; t > e; t--) {
    const i = n[t];
    if (!isNaN(i.x) && !isNaN(i.y))
      break;
  }
  return t;
}
function hc(e, t, n, i) {
  return e && t ? i(e[n], t[n]) : e ? e[n] : t ? t[n] : 0;
}
function ih(e, t) {
  let n = [], i = !1;
  return Ft(e) ? (i = !0, n = e) : n = Dv(e, t), n.length ? new Nn({
    points: n,
    options: {
      tension: 0
    },
    _loop: i,
    _fullLoop: i
  }) : null;
}
function dc(e) {
  return e && e.fill !== !1;
}
function Cv(e, t, n) {
  let o = e[t].fill;
  const l = [
    t
  ];
  let s;
  if (!n)
    return o;
  for (; o !== !1 && l.indexOf(o) === -1; ) {
    if (!Lt(o))
      return o;
    if (s = e[o], !s)
      return !1;
    if (s.visible)
      return o;
    l.push(o), o = s.fill;
  }
  return !1;
}
function _v(e, t, n) {
  const i = Rv(e);
  if (ct(i))
    return isNaN(i.value) ? !1 : i;
  let o = parseFloat(i);
  return Lt(o) && Math.floor(o) === o ? Ov(i[0], t, o, n) : [
    "origin",
    "start",
    "end",
    "stack",
    "shape"
  ].indexOf(i) >= 0 && i;
}
function Ov(e, t, n, i) {
  return (e === "-" || e === "+") && (n = t + n), n === t || n < 0 || n >= i ? !1 : n;
}
function Nv(e, t) {
  let n = null;
  return e === "start" ? n = t.bottom : e === "end" ? n = t.top : ct(e) ? n = t.getPixelForValue(e.value) : t.getBasePixel && (n = t.getBasePixel()), n;
}
function Sv(e, t, n) {
  let i;
  return e === "start" ? i = n : e === "end" ? i = t.options.reverse ? t.min : t.max : ct(e) ? i = e.value : i = t.getBaseValue(), i;
}
function Rv(e) {
  const t = e.options, n = t.fill;
  let i = pt(n && n.target, n);
  return i === void 0 && (i = !!t.backgroundColor), i === !1 || i === null ? !1 : i === !0 ? "origin" : i;
}
function Fv(e) {
  const { scale: t, index: n, line: i } = e, o = [], l = i.segments, s = i.points, r = Av(t, n);
  r.push(ih({
    x: null,
    y: t.bottom
  }, i));
  for (let a = 0; a < l.length; a++) {
    const c = l[a];
    for (let f = c.start; f <= c.end; f++)
      Pv(o, s[f], r);
  }
  return new Nn({
    points: o,
    options: {}
  });
}
function Av(e, t) {
  const n = [], i = e.getMatchingVisibleMetas("line");
  for (let o = 0; o < i.length; o++) {
    const l = i[o];
    if (l.index === t)
      break;
    l.hidden || n.unshift(l.dataset);
  }
  return n;
}
function Pv(e, t, n) {
  const i = [];
  for (let o = 0; o < n.length; o++) {
    const l = n[o], { first: s, last: r, point: a } = Tv(l, t, "x");
    if (!(!a || s && r)) {
      if (s)
        i.unshift(a);
      else if (e.push(a), !r)
        break;
    }
  }
  e.push(...i);
}
function Tv(e, t, n) {
  const i = e.interpolate(t, n);
  if (!i)
    return {};
  const o = i[n], l = e.segments, s = e.points;
  let r = !1, a = !1;
  for (let c = 0; c < l.length; c++) {
    const f = l[c], u = s[f.start][n], h = s[f.end][n];
    if (Nu(o, u, h)) {
      r = o === u, a = o === h;
      break;
    }
  }
  return {
    first: r,
    last: a,
    point: i
  };
}
class sh {
  constructor(t) {
    this.x = t.x, this.y = t.y, this.radius = t.radius;
  }
  pathSegment(t, n, i) {
    const { x: o, y: l, radius: s } = this;
    return n = n || {
      start: 0,
      end: Te
    }, t.arc(o, l, s, n.end, n.start, !0), !i.bounds;
  }
  interpolate(t) {
    const { x: n, y: i, radius: o } = this, l = t.angle;
    return {
      x: n + Math.cos(l) * o,
      y: i + Math.sin(l) * o,
      angle: l
    };
  }
}
function Vv(e) {
  const { chart: t, fill: n, line: i } = e;
  if (Lt(n))
    return Lv(t, n);
  if (n === "stack")
    return Fv(e);
  if (n === "shape")
    return !0;
  const o = Iv(e);
  return o instanceof sh ? o : ih(o, i);
}
function Lv(e, t) {
  const n = e.getDatasetMeta(t);
  return n && e.isDatasetVisible(t) ? n.dataset : null;
}
function Iv(e) {
  return (e.scale || {}).getPointPositionForValue ? zv(e) : $v(e);
}
function $v(e) {
  const { scale: t = {}, fill: n } = e, i = Nv(n, t);
  if (Lt(i)) {
    const o = t.isHorizontal();
    return {
      x: o ? i : null,
      y: o ? null : i
    };
  }
  return null;
}
function zv(e) {
  const { scale: t, fill: n } = e, i = t.options, o = t.getLabels().length, l = i.reverse ? t.max : t.min, s = Sv(n, t, l), r = [];
  if (i.grid.circular) {
    const a = t.getPointPositionForValue(0, l);
    return new sh({
      x: a.x,
      y: a.y,
      radius: t.getDistanceFromCenterForValue(s)
    });
  }
  for (let a = 0; a < o; ++a)
    r.push(t.getPointPositionForValue(a, s));
  return r;
}
function bl(e, t, n) {
  const i = Vv(t), { line: o, scale: l, axis: s } = t, r = o.options, a = r.fill, c = r.backgroundColor, { above: f = c, below: u = c } = a || {};
  i && o.points.length && (jr(e, n), Bv(e, {
    line: o,
    target: i,
    above: f,
    below: u,
    area: n,
    scale: l,
    axis: s
  }), Wr(e));
}
function Bv(e, t) {
  const { line: n, target: i, above: o, below: l, area: s, scale: r } = t, a = n._loop ? "angle" : t.axis;
  e.save(), a === "x" && l !== o && (pc(e, i, s.top), gc(e, {
    line: n,
    target: i,
    color: o,
    scale: r,
    property: a
  }), e.restore(), e.save(), pc(e, i, s.bottom)), gc(e, {
    line: n,
    target: i,
    color: l,
    scale: r,
    property: a
  }), e.restore();
}
function pc(e, t, n) {
  const { segments: i, points: o } = t;
  let l = !0, s = !1;
  e.beginPath();
  for (const r of i) {
    const { start: a, end: c } = r, f = o[a], u = o[Zr(a, c, o)];
    l ? (e.moveTo(f.x, f.y), l = !1) : (e.lineTo(f.x, n), e.lineTo(f.x, f.y)), s = !!t.pathSegment(e, r, {
      move: s
    }), s ? e.closePath() : e.lineTo(u.x, n);
  }
  e.lineTo(t.first().x, n), e.closePath(), e.clip();
}
function gc(e, t) {
  const { line: n, target: i, property: o, color: l, scale: s } = t, r = Ev(n, i, o);
  for (const { source: a, target: c, start: f, end: u } of r) {
    const { style: { backgroundColor: h = l } = {} } = a, d = i !== !0;
    e.save(), e.fillStyle = h, Hv(e, s, d && sr(o, f, u)), e.beginPath();
    const p = !!n.pathSegment(e, a);
    let v;
    if (d) {
      p ? e.closePath() : vc(e, i, u, o);
      const m = !!i.pathSegment(e, c, {
        move: p,
        reverse: !0
      });
      v = p && m, v || vc(e, i, f, o);
    }
    e.closePath(), e.fill(v ? "evenodd" : "nonzero"), e.restore();
  }
}
function Hv(e, t, n) {
  const { top: i, bottom: o } = t.chart.chartArea, { property: l, start: s, end: r } = n || {};
  l === "x" && (e.beginPath(), e.rect(s, i, r - s, o - i), e.clip());
}
function vc(e, t, n, i) {
  const o = t.interpolate(n, i);
  o && e.lineTo(o.x, o.y);
}
var jv = {
  id: "filler",
  afterDatasetsUpdate(e, t, n) {
    const i = (e.data.datasets || []).length, o = [];
    let l, s, r, a;
    for (s = 0; s < i; ++s)
      l = e.getDatasetMeta(s), r = l.dataset, a = null, r && r.options && r instanceof Nn && (a = {
        visible: e.isDatasetVisible(s),
        index: s,
        fill: _v(r, s, i),
        chart: e,
        axis: l.controller.options.indexAxis,
        scale: l.vScale,
        line: r
      }), l.$filler = a, o.push(a);
    for (s = 0; s < i; ++s)
      a = o[s], !(!a || a.fill === !1) && (a.fill = Cv(o, s, n.propagate));
  },
  beforeDraw(e, t, n) {
    const i = n.drawTime === "beforeDraw", o = e.getSortedVisibleDatasetMetas(), l = e.chartArea;
    for (let s = o.length - 1; s >= 0; --s) {
      const r = o[s].$filler;
      r && (r.line.updateControlPoints(l, r.axis), i && r.fill && bl(e.ctx, r, l));
    }
  },
  beforeDatasetsDraw(e, t, n) {
    if (n.drawTime !== "beforeDatasetsDraw")
      return;
    const i = e.getSortedVisibleDatasetMetas();
    for (let o = i.length - 1; o >= 0; --o) {
      const l = i[o].$filler;
      dc(l) && bl(e.ctx, l, e.chartArea);
    }
  },
  beforeDatasetDraw(e, t, n) {
    const i = t.meta.$filler;
    !dc(i) || n.drawTime !== "beforeDatasetDraw" || bl(e.ctx, i, e.chartArea);
  },
  defaults: {
    propagate: !0,
    drawTime: "beforeDatasetDraw"
  }
};
const Pi = {
  average(e) {
    if (!e.length)
      return !1;
    let t, n, i = /* @__PURE__ */ new Set(), o = 0, l = 0;
    for (t = 0, n = e.length; t < n; ++t) {
      const r = e[t].element;
      if (r && r.hasValue()) {
        const a = r.tooltipPosition();
        i.add(a.x), o += a.y, ++l;
      }
    }
    return l === 0 || i.size === 0 ? !1 : {
      x: [
        ...i
      ].reduce((r, a) => r + a) / i.size,
      y: o / l
    };
  },
  nearest(e, t) {
    if (!e.length)
      return !1;
    let n = t.x, i = t.y, o = Number.POSITIVE_INFINITY, l, s, r;
    for (l = 0, s = e.length; l < s; ++l) {
      const a = e[l].element;
      if (a && a.hasValue()) {
        const c = a.getCenterPoint(), f = Zl(t, c);
        f < o && (o = f, r = a);
      }
    }
    if (r) {
      const a = r.tooltipPosition();
      n = a.x, i = a.y;
    }
    return {
      x: n,
      y: i
    };
  }
};
function Ee(e, t) {
  return t && (Ft(t) ? Array.prototype.push.apply(e, t) : e.push(t)), e;
}
function qe(e) {
  return (typeof e == "string" || e instanceof String) && e.indexOf(`
`) > -1 ? e.split(`
`) : e;
}
function Wv(e, t) {
  const { element: n, datasetIndex: i, index: o } = t, l = e.getDatasetMeta(i).controller, { label: s, value: r } = l.getLabelAndValue(o);
  return {
    chart: e,
    label: s,
    parsed: l.getParsed(o),
    raw: e.data.datasets[i].data[o],
    formattedValue: r,
    dataset: l.getDataset(),
    dataIndex: o,
    datasetIndex: i,
    element: n
  };
}
function mc(e, t) {
  const n = e.chart.ctx, { body: i, footer: o, title: l } = e, { boxWidth: s, boxHeight: r } = t, a = Ae(t.bodyFont), c = Ae(t.titleFont), f = Ae(t.footerFont), u = l.length, h = o.length, d = i.length, p = dn(t.padding);
  let v = p.height, m = 0, y = i.reduce((P, M) => P + M.before.length + M.lines.length + M.after.length, 0);
  if (y += e.beforeBody.length + e.afterBody.length, u && (v += u * c.lineHeight + (u - 1) * t.titleSpacing + t.titleMarginBottom), y) {
    const P = t.displayColors ? Math.max(r, a.lineHeight) : a.lineHeight;
    v += d * P + (y - d) * a.lineHeight + (y - 1) * t.bodySpacing;
  }
  h && (v += t.footerMarginTop + h * f.lineHeight + (h - 1) * t.footerSpacing);
  let _ = 0;
  const O = function(P) {
    m = Math.max(m, n.measureText(P).width + _);
  };
  return n.save(), n.font = c.string, ht(e.title, O), n.font = a.string, ht(e.beforeBody.concat(e.afterBody), O), _ = t.displayColors ? s + 2 + t.boxPadding : 0, ht(i, (P) => {
    ht(P.before, O), ht(P.lines, O), ht(P.after, O);
  }), _ = 0, n.font = f.string, ht(e.footer, O), n.restore(), m += p.width, {
    width: m,
    height: v
  };
}
function qv(e, t) {
  const { y: n, height: i } = t;
  return n < i / 2 ? "top" : n > e.height - i / 2 ? "bottom" : "center";
}
function Uv(e, t, n, i) {
  const { x: o, width: l } = i, s = n.caretSize + n.caretPadding;
  if (e === "left" && o + l + s > t.width || e === "right" && o - l - s < 0)
    return !0;
}
function Gv(e, t, n, i) {
  const { x: o, width: l } = n, { width: s, chartArea: { left: r, right: a } } = e;
  let c = "center";
  return i === "center" ? c = o <= (r + a) / 2 ? "left" : "right" : o <= l / 2 ? c = "left" : o >= s - l / 2 && (c = "right"), Uv(c, e, t, n) && (c = "center"), c;
}
function bc(e, t, n) {
  const i = n.yAlign || t.yAlign || qv(e, n);
  return {
    xAlign: n.xAlign || t.xAlign || Gv(e, t, n, i),
    yAlign: i
  };
}
function Yv(e, t) {
  let { x: n, width: i } = e;
  return t === "right" ? n -= i : t === "center" && (n -= i / 2), n;
}
function Kv(e, t, n) {
  let { y: i, height: o } = e;
  return t === "top" ? i += n : t === "bottom" ? i -= o + n : i -= o / 2, i;
}
function yc(e, t, n, i) {
  const { caretSize: o, caretPadding: l, cornerRadius: s } = e, { xAlign: r, yAlign: a } = n, c = o + l, { topLeft: f, topRight: u, bottomLeft: h, bottomRight: d } = Zs(s);
  let p = Yv(t, r);
  const v = Kv(t, a, c);
  return a === "center" ? r === "left" ? p += c : r === "right" && (p -= c) : r === "left" ? p -= Math.max(f, h) + o : r === "right" && (p += Math.max(u, d) + o), {
    x: Fe(p, 0, i.width - t.width),
    y: Fe(v, 0, i.height - t.height)
  };
}
function Ps(e, t, n) {
  const i = dn(n.padding);
  return t === "center" ? e.x + e.width / 2 : t === "right" ? e.x + e.width - i.right : e.x + i.left;
}
function kc(e) {
  return Ee([], qe(e));
}
function Xv(e, t, n) {
  return Hn(e, {
    tooltip: t,
    tooltipItems: n,
    type: "tooltip"
  });
}
function wc(e, t) {
  const n = t && t.dataset && t.dataset.tooltip && t.dataset.tooltip.callbacks;
  return n ? e.override(n) : e;
}
const oh = {
  beforeTitle: He,
  title(e) {
    if (e.length > 0) {
      const t = e[0], n = t.chart.data.labels, i = n ? n.length : 0;
      if (this && this.options && this.options.mode === "dataset")
        return t.dataset.label || "";
      if (t.label)
        return t.label;
      if (i > 0 && t.dataIndex < i)
        return n[t.dataIndex];
    }
    return "";
  },
  afterTitle: He,
  beforeBody: He,
  beforeLabel: He,
  label(e) {
    if (this && this.options && this.options.mode === "dataset")
      return e.label + ": " + e.formattedValue || e.formattedValue;
    let t = e.dataset.label || "";
    t && (t += ": ");
    const n = e.formattedValue;
    return Mt(n) || (t += n), t;
  },
  labelColor(e) {
    const n = e.chart.getDatasetMeta(e.datasetIndex).controller.getStyle(e.dataIndex);
    return {
      borderColor: n.borderColor,
      backgroundColor: n.backgroundColor,
      borderWidth: n.borderWidth,
      borderDash: n.borderDash,
      borderDashOffset: n.borderDashOffset,
      borderRadius: 0
    };
  },
  labelTextColor() {
    return this.options.bodyColor;
  },
  labelPointStyle(e) {
    const n = e.chart.getDatasetMeta(e.datasetIndex).controller.getStyle(e.dataIndex);
    return {
      pointStyle: n.pointStyle,
      rotation: n.rotation
    };
  },
  afterLabel: He,
  afterBody: He,
  beforeFooter: He,
  footer: He,
  afterFooter: He
};
function qt(e, t, n, i) {
  const o = e[t].call(n, i);
  return typeof o > "u" ? oh[t].call(n, i) : o;
}
class or extends us {
  constructor(t) {
    super(), this.opacity = 0, this._active = [], this._eventPosition = void 0, this._size = void 0, this._cachedAnimations = void 0, this._tooltipItems = [], this.$animations = void 0, this.$context = void 0, this.chart = t.chart, this.options = t.options, this.dataPoints = void 0, this.title = void 0, this.beforeBody = void 0, this.body = void 0, this.afterBody = void 0, this.footer = void 0, this.xAlign = void 0, this.yAlign = void 0, this.x = void 0, this.y = void 0, this.height = void 0, this.width = void 0, this.caretX = void 0, this.caretY = void 0, this.labelColors = void 0, this.labelPointStyles = void 0, this.labelTextColors = void 0;
  }
  initialize(t) {
    this.options = t, this._cachedAnimations = void 0, this.$context = void 0;
  }
  _resolveAnimations() {
    const t = this._cachedAnimations;
    if (t)
      return t;
    const n = this.chart, i = this.options.setContext(this.getContext()), o = i.enabled && n.options.animation && i.animations, l = new Wu(this.chart, o);
    return o._cacheable && (this._cachedAnimations = Object.freeze(l)), l;
  }
  getContext() {
    return this.$context || (this.$context = Xv(this.chart.getContext(), this, this._tooltipItems));
  }
  getTitle(t, n) {
    const { callbacks: i } = n, o = qt(i, "beforeTitle", this, t), l = qt(i, "title", this, t), s = qt(i, "afterTitle", this, t);
    let r = [];
    return r = Ee(r, qe(o)), r = Ee(r, qe(l)), r = Ee(r, qe(s)), r;
  }
  getBeforeBody(t, n) {
    return kc(qt(n.callbacks, "beforeBody", this, t));
  }
  getBody(t, n) {
    const { callbacks: i } = n, o = [];
    return ht(t, (l) => {
      const s = {
        before: [],
        lines: [],
        after: []
      }, r = wc(i, l);
      Ee(s.before, qe(qt(r, "beforeLabel", this, l))), Ee(s.lines, qt(r, "label", this, l)), Ee(s.after, qe(qt(r, "afterLabel", this, l))), o.push(s);
    }), o;
  }
  getAfterBody(t, n) {
    return kc(qt(n.callbacks, "afterBody", this, t));
  }
  getFooter(t, n) {
    const { callbacks: i } = n, o = qt(i, "beforeFooter", this, t), l = qt(i, "footer", this, t), s = qt(i, "afterFooter", this, t);
    let r = [];
    return r = Ee(r, qe(o)), r = Ee(r, qe(l)), r = Ee(r, qe(s)), r;
  }
  _createItems(t) {
    const n = this._active, i = this.chart.data, o = [], l = [], s = [];
    let r = [], a, c;
    for (a = 0, c = n.length; a < c; ++a)
      r.push(Wv(this.chart, n[a]));
    return t.filter && (r = r.filter((f, u, h) => t.filter(f, u, h, i))), t.itemSort && (r = r.sort((f, u) => t.itemSort(f, u, i))), ht(r, (f) => {
      const u = wc(t.callbacks, f);
      o.push(qt(u, "labelColor", this, f)), l.push(qt(u, "labelPointStyle", this, f)), s.push(qt(u, "labelTextColor", this, f));
    }), this.labelColors = o, this.labelPointStyles = l, this.labelTextColors = s, this.dataPoints = r, r;
  }
  update(t, n) {
    const i = this.options.setContext(this.getContext()), o = this._active;
    let l, s = [];
    if (!o.length)
      this.opacity !== 0 && (l = {
        opacity: 0
      });
    else {
      const r = Pi[i.position].call(this, o, this._eventPosition);
      s = this._createItems(i), this.title = this.getTitle(s, i), this.beforeBody = this.getBeforeBody(s, i), this.body = this.getBody(s, i), this.afterBody = this.getAfterBody(s, i), this.footer = this.getFooter(s, i);
      const a = this._size = mc(this, i), c = Object.assign({}, r, a), f = bc(this.chart, i, c), u = yc(i, c, f, this.chart);
      this.xAlign = f.xAlign, this.yAlign = f.yAlign, l = {
        opacity: 1,
        x: u.x,
        y: u.y,
        width: a.width,
        height: a.height,
        caretX: r.x,
        caretY: r.y
      };
    }
    this._tooltipItems = s, this.$context = void 0, l && this._resolveAnimations().update(this, l), t && i.external && i.external.call(this, {
      chart: this.chart,
      tooltip: this,
      replay: n
    });
  }
  drawCaret(t, n, i, o) {
    const l = this.getCaretPosition(t, i, o);
    n.lineTo(l.x1, l.y1), n.lineTo(l.x2, l.y2), n.lineTo(l.x3, l.y3);
  }
  getCaretPosition(t, n, i) {
    const { xAlign: o, yAlign: l } = this, { caretSize: s, cornerRadius: r } = i, { topLeft: a, topRight: c, bottomLeft: f, bottomRight: u } = Zs(r), { x: h, y: d } = t, { width: p, height: v } = n;
    let m, y, _, O, P, M;
    return l === "center" ? (P = d + v / 2, o === "left" ? (m = h, y = m - s, O = P + s, M = P - s) : (m = h + p, y = m + s, O = P - s, M = P + s), _ = m) : (o === "left" ? y = h + Math.max(a, f) + s : o === "right" ? y = h + p - Math.max(c, u) - s : y = this.caretX, l === "top" ? (O = d, P = O - s, m = y - s, _ = y + s) : (O = d + v, P = O + s, m = y + s, _ = y - s), M = O), {
      x1: m,
      x2: y,
      x3: _,
      y1: O,
      y2: P,
      y3: M
    };
  }
  drawTitle(t, n, i) {
    const o = this.title, l = o.length;
    let s, r, a;
    if (l) {
      const c = ul(i.rtl, this.x, this.width);
      for (t.x = Ps(this, i.titleAlign, i), n.textAlign = c.textAlign(i.titleAlign), n.textBaseline = "middle", s = Ae(i.titleFont), r = i.titleSpacing, n.fillStyle = i.titleColor, n.font = s.string, a = 0; a < l; ++a)
        n.fillText(o[a], c.x(t.x), t.y + s.lineHeight / 2), t.y += s.lineHeight + r, a + 1 === l && (t.y += i.titleMarginBottom - r);
    }
  }
  _drawColorBox(t, n, i, o, l) {
    const s = this.labelColors[i], r = this.labelPointStyles[i], { boxHeight: a, boxWidth: c } = l, f = Ae(l.bodyFont), u = Ps(this, "left", l), h = o.x(u), d = a < f.lineHeight ? (f.lineHeight - a) / 2 : 0, p = n.y + d;
    if (l.usePointStyle) {
      const v = {
        radius: Math.min(c, a) / 2,
        pointStyle: r.pointStyle,
        rotation: r.rotation,
        borderWidth: 1
      }, m = o.leftForLtr(h, c) + c / 2, y = p + a / 2;
      t.strokeStyle = l.multiKeyBackground, t.fillStyle = l.multiKeyBackground, tr(t, v, m, y), t.strokeStyle = s.borderColor, t.fillStyle = s.backgroundColor, tr(t, v, m, y);
    } else {
      t.lineWidth = ct(s.borderWidth) ? Math.max(...Object.values(s.borderWidth)) : s.borderWidth || 1, t.strokeStyle = s.borderColor, t.setLineDash(s.borderDash || []), t.lineDashOffset = s.borderDashOffset || 0;
      const v = o.leftForLtr(h, c), m = o.leftForLtr(o.xPlus(h, 1), c - 2), y = Zs(s.borderRadius);
      Object.values(y).some((_) => _ !== 0) ? (t.beginPath(), t.fillStyle = l.multiKeyBackground, F1(t, {
        x: v,
        y: p,
        w: c,
        h: a,
        radius: y
      }), t.fill(), t.stroke(), t.fillStyle = s.backgroundColor, t.beginPath(), F1(t, {
        x: m,
        y: p + 1,
        w: c - 2,
        h: a - 2,
        radius: y
      }), t.fill()) : (t.fillStyle = l.multiKeyBackground, t.fillRect(v, p, c, a), t.strokeRect(v, p, c, a), t.fillStyle = s.backgroundColor, t.fillRect(m, p + 1, c - 2, a - 2));
    }
    t.fillStyle = this.labelTextColors[i];
  }
  drawBody(t, n, i) {
    const { body: o } = this, { bodySpacing: l, bodyAlign: s, displayColors: r, boxHeight: a, boxWidth: c, boxPadding: f } = i, u = Ae(i.bodyFont);
    let h = u.lineHeight, d = 0;
    const p = ul(i.rtl, this.x, this.width), v = function(C) {
      n.fillText(C, p.x(t.x + d), t.y + h / 2), t.y += h + l;
    }, m = p.textAlign(s);
    let y, _, O, P, M, N, w;
    for (n.textAlign = s, n.textBaseline = "middle", n.font = u.string, t.x = Ps(this, m, i), n.fillStyle = i.bodyColor, ht(this.beforeBody, v), d = r && m !== "right" ? s === "center" ? c / 2 + f : c + 2 + f : 0, P = 0, N = o.length; P < N; ++P) {
      for (y = o[P], _ = this.labelTextColors[P], n.fillStyle = _, ht(y.before, v), O = y.lines, r && O.length && (this._drawColorBox(n, t, P, p, i), h = Math.max(u.lineHeight, a)), M = 0, w = O.length; M < w; ++M)
        v(O[M]), h = u.lineHeight;
      ht(y.after, v);
    }
    d = 0, h = u.lineHeight, ht(this.afterBody, v), t.y -= l;
  }
  drawFooter(t, n, i) {
    const o = this.footer, l = o.length;
    let s, r;
    if (l) {
      const a = ul(i.rtl, this.x, this.width);
      for (t.x = Ps(this, i.footerAlign, i), t.y += i.footerMarginTop, n.textAlign = a.textAlign(i.footerAlign), n.textBaseline = "middle", s = Ae(i.footerFont), n.fillStyle = i.footerColor, n.font = s.string, r = 0; r < l; ++r)
        n.fillText(o[r], a.x(t.x), t.y + s.lineHeight / 2), t.y += s.lineHeight + i.footerSpacing;
    }
  }
  drawBackground(t, n, i, o) {
    const { xAlign: l, yAlign: s } = this, { x: r, y: a } = t, { width: c, height: f } = i, { topLeft: u, topRight: h, bottomLeft: d, bottomRight: p } = Zs(o.cornerRadius);
    n.fillStyle = o.backgroundColor, n.strokeStyle = o.borderColor, n.lineWidth = o.borderWidth, n.beginPath(), n.moveTo(r + u, a), s === "top" && this.drawCaret(t, n, i, o), n.lineTo(r + c - h, a), n.quadraticCurveTo(r + c, a, r + c, a + h), s === "center" && l === "right" && this.drawCaret(t, n, i, o), n.lineTo(r + c, a + f - p), n.quadraticCurveTo(r + c, a + f, r + c - p, a + f), s === "bottom" && this.drawCaret(t, n, i, o), n.lineTo(r + d, a + f), n.quadraticCurveTo(r, a + f, r, a + f - d), s === "center" && l === "left" && this.drawCaret(t, n, i, o), n.lineTo(r, a + u), n.quadraticCurveTo(r, a, r + u, a), n.closePath(), n.fill(), o.borderWidth > 0 && n.stroke();
  }
  _updateAnimationTarget(t) {
    const n = this.chart, i = this.$animations, o = i && i.x, l = i && i.y;
    if (o || l) {
      const s = Pi[t.position].call(this, this._active, this._eventPosition);
      if (!s)
        return;
      const r = this._size = mc(this, t), a = Object.assign({}, s, this._size), c = bc(n, t, a), f = yc(t, a, c, n);
      (o._to !== f.x || l._to !== f.y) && (this.xAlign = c.xAlign, this.yAlign = c.yAlign, this.width = r.width, this.height = r.height, this.caretX = s.x, this.caretY = s.y, this._resolveAnimations().update(this, f));
    }
  }
  _willRender() {
    return !!this.opacity;
  }
  draw(t) {
    const n = this.options.setContext(this.getContext());
    let i = this.opacity;
    if (!i)
      return;
    this._updateAnimationTarget(n);
    const o = {
      width: this.width,
      height: this.height
    }, l = {
      x: this.x,
      y: this.y
    };
    i = Math.abs(i) < 1e-3 ? 0 : i;
    const s = dn(n.padding), r = this.title.length || this.beforeBody.length || this.body.length || this.afterBody.length || this.footer.length;
    n.enabled && r && (t.save(), t.globalAlpha = i, this.drawBackground(l, t, o, n), L0(t, n.textDirection), l.y += s.top, this.drawTitle(l, t, n), this.drawBody(l, t, n), this.drawFooter(l, t, n), I0(t, n.textDirection), t.restore());
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(t, n) {
    const i = this._active, o = t.map(({ datasetIndex: r, index: a }) => {
      const c = this.chart.getDatasetMeta(r);
      if (!c)
        throw new Error("Cannot find a dataset at index " + r);
      return {
        datasetIndex: r,
        element: c.data[a],
        index: a
      };
    }), l = !wo(i, o), s = this._positionChanged(o, n);
    (l || s) && (this._active = o, this._eventPosition = n, this._ignoreReplayEvents = !0, this.update(!0));
  }
  handleEvent(t, n, i = !0) {
    if (n && this._ignoreReplayEvents)
      return !1;
    this._ignoreReplayEvents = !1;
    const o = this.options, l = this._active || [], s = this._getActiveElements(t, l, n, i), r = this._positionChanged(s, t), a = n || !wo(s, l) || r;
    return a && (this._active = s, (o.enabled || o.external) && (this._eventPosition = {
      x: t.x,
      y: t.y
    }, this.update(!0, n))), a;
  }
  _getActiveElements(t, n, i, o) {
    const l = this.options;
    if (t.type === "mouseout")
      return [];
    if (!o)
      return n.filter((r) => this.chart.data.datasets[r.datasetIndex] && this.chart.getDatasetMeta(r.datasetIndex).controller.getParsed(r.index) !== void 0);
    const s = this.chart.getElementsAtEventForMode(t, l.mode, l, i);
    return l.reverse && s.reverse(), s;
  }
  _positionChanged(t, n) {
    const { caretX: i, caretY: o, options: l } = this, s = Pi[l.position].call(this, t, n);
    return s !== !1 && (i !== s.x || o !== s.y);
  }
}
lt(or, "positioners", Pi);
var Zv = {
  id: "tooltip",
  _element: or,
  positioners: Pi,
  afterInit(e, t, n) {
    n && (e.tooltip = new or({
      chart: e,
      options: n
    }));
  },
  beforeUpdate(e, t, n) {
    e.tooltip && e.tooltip.initialize(n);
  },
  reset(e, t, n) {
    e.tooltip && e.tooltip.initialize(n);
  },
  afterDraw(e) {
    const t = e.tooltip;
    if (t && t._willRender()) {
      const n = {
        tooltip: t
      };
      if (e.notifyPlugins("beforeTooltipDraw", {
        ...n,
        cancelable: !0
      }) === !1)
        return;
      t.draw(e.ctx), e.notifyPlugins("afterTooltipDraw", n);
    }
  },
  afterEvent(e, t) {
    if (e.tooltip) {
      const n = t.replay;
      e.tooltip.handleEvent(t.event, n, t.inChartArea) && (t.changed = !0);
    }
  },
  defaults: {
    enabled: !0,
    external: null,
    position: "average",
    backgroundColor: "rgba(0,0,0,0.8)",
    titleColor: "#fff",
    titleFont: {
      weight: "bold"
    },
    titleSpacing: 2,
    titleMarginBottom: 6,
    titleAlign: "left",
    bodyColor: "#fff",
    bodySpacing: 2,
    bodyFont: {},
    bodyAlign: "left",
    footerColor: "#fff",
    footerSpacing: 2,
    footerMarginTop: 6,
    footerFont: {
      weight: "bold"
    },
    footerAlign: "left",
    padding: 6,
    caretPadding: 2,
    caretSize: 5,
    cornerRadius: 6,
    boxHeight: (e, t) => t.bodyFont.size,
    boxWidth: (e, t) => t.bodyFont.size,
    multiKeyBackground: "#fff",
    displayColors: !0,
    boxPadding: 0,
    borderColor: "rgba(0,0,0,0)",
    borderWidth: 0,
    animation: {
      duration: 400,
      easing: "easeOutQuart"
    },
    animations: {
      numbers: {
        type: "number",
        properties: [
          "x",
          "y",
          "width",
          "height",
          "caretX",
          "caretY"
        ]
      },
      opacity: {
        easing: "linear",
        duration: 200
      }
    },
    callbacks: oh
  },
  defaultRoutes: {
    bodyFont: "font",
    footerFont: "font",
    titleFont: "font"
  },
  descriptors: {
    _scriptable: (e) => e !== "filter" && e !== "itemSort" && e !== "external",
    _indexable: !1,
    callbacks: {
      _scriptable: !1,
      _indexable: !1
    },
    animation: {
      _fallback: !1
    },
    animations: {
      _fallback: "animation"
    }
  },
  additionalOptionScopes: [
    "interaction"
  ]
};
const Qv = (e, t, n, i) => (typeof t == "string" ? (n = e.push(t) - 1, i.unshift({
  index: n,
  label: t
})) : isNaN(t) && (n = null), n);
function Jv(e, t, n, i) {
  const o = e.indexOf(t);
  if (o === -1)
    return Qv(e, t, n, i);
  const l = e.lastIndexOf(t);
  return o !== l ? n : o;
}
const tm = (e, t) => e === null ? null : Fe(Math.round(e), 0, t);
function xc(e) {
  const t = this.getLabels();
  return e >= 0 && e < t.length ? t[e] : e;
}
class lr extends di {
  constructor(t) {
    super(t), this._startValue = void 0, this._valueRange = 0, this._addedLabels = [];
  }
  init(t) {
    const n = this._addedLabels;
    if (n.length) {
      const i = this.getLabels();
      for (const { index: o, label: l } of n)
        i[o] === l && i.splice(o, 1);
      this._addedLabels = [];
    }
    super.init(t);
  }
  parse(t, n) {
    if (Mt(t))
      return null;
    const i = this.getLabels();
    return n = isFinite(n) && i[n] === t ? n : Jv(i, t, pt(n, t), this._addedLabels), tm(n, i.length - 1);
  }
  determineDataLimits() {
    const { minDefined: t, maxDefined: n } = this.getUserBounds();
    let { min: i, max: o } = this.getMinMax(!0);
    this.options.bounds === "ticks" && (t || (i = 0), n || (o = this.getLabels().length - 1)), this.min = i, this.max = o;
  }
  buildTicks() {
    const t = this.min, n = this.max, i = this.options.offset, o = [];
    let l = this.getLabels();
    l = t === 0 && n === l.length - 1 ? l : l.slice(t, n + 1), this._valueRange = Math.max(l.length - (i ? 0 : 1), 1), this._startValue = this.min - (i ? 0.5 : 0);
    for (let s = t; s <= n; s++)
      o.push({
        value: s
      });
    return o;
  }
  getLabelForValue(t) {
    return xc.call(this, t);
  }
  configure() {
    super.configure(), this.isHorizontal() || (this._reversePixels = !this._reversePixels);
  }
  getPixelForValue(t) {
    return typeof t != "number" && (t = this.parse(t)), t === null ? NaN : this.getPixelForDecimal((t - this._startValue) / this._valueRange);
  }
  getPixelForTick(t) {
    const n = this.ticks;
    return t < 0 || t > n.length - 1 ? null : this.getPixelForValue(n[t].value);
  }
  getValueForPixel(t) {
    return Math.round(this._startValue + this.getDecimalForPixel(t) * this._valueRange);
  }
  getBasePixel() {
    return this.bottom;
  }
}
lt(lr, "id", "category"), lt(lr, "defaults", {
  ticks: {
    callback: xc
  }
});
function em(e, t) {
  const n = [], { bounds: o, step: l, min: s, max: r, precision: a, count: c, maxTicks: f, maxDigits: u, includeBounds: h } = e, d = l || 1, p = f - 1, { min: v, max: m } = t, y = !Mt(s), _ = !Mt(r), O = !Mt(c), P = (m - v) / (u + 1);
  let M = w1((m - v) / p / d) * d, N, w, C, S;
  if (M < 1e-14 && !y && !_)
    return [
      {
        value: v
      },
      {
        value: m
      }
    ];
  S = Math.ceil(m / M) - Math.floor(v / M), S > p && (M = w1(S * M / p / d) * d), Mt(a) || (N = Math.pow(10, a), M = Math.ceil(M * N) / N), o === "ticks" ? (w = Math.floor(v / M) * M, C = Math.ceil(m / M) * M) : (w = v, C = m), y && _ && l && Sg((r - s) / l, M / 1e3) ? (S = Math.round(Math.min((r - s) / M, f)), M = (r - s) / S, w = s, C = r) : O ? (w = y ? s : w, C = _ ? r : C, S = c - 1, M = (C - w) / S) : (S = (C - w) / M, Hi(S, Math.round(S), M / 1e3) ? S = Math.round(S) : S = Math.ceil(S));
  const $ = Math.max(x1(M), x1(w));
  N = Math.pow(10, Mt(a) ? $ : a), w = Math.round(w * N) / N, C = Math.round(C * N) / N;
  let A = 0;
  for (y && (h && w !== s ? (n.push({
    value: s
  }), w < s && A++, Hi(Math.round((w + A * M) * N) / N, s, Mc(s, P, e)) && A++) : w < s && A++); A < S; ++A) {
    const j = Math.round((w + A * M) * N) / N;
    if (_ && j > r)
      break;
    n.push({
      value: j
    });
  }
  return _ && h && C !== r ? n.length && Hi(n[n.length - 1].value, r, Mc(r, P, e)) ? n[n.length - 1].value = r : n.push({
    value: r
  }) : (!_ || C === r) && n.push({
    value: C
  }), n;
}
function Mc(e, t, { horizontal: n, minRotation: i }) {
  const o = On(i), l = (n ? Math.sin(o) : Math.cos(o)) || 1e-3, s = 0.75 * t * ("" + e).length;
  return Math.min(t / l, s);
}
class nm extends di {
  constructor(t) {
    super(t), this.start = void 0, this.end = void 0, this._startValue = void 0, this._endValue = void 0, this._valueRange = 0;
  }
  parse(t, n) {
    return Mt(t) || (typeof t == "number" || t instanceof Number) && !isFinite(+t) ? null : +t;
  }
  handleTickRangeOptions() {
    const { beginAtZero: t } = this.options, { minDefined: n, maxDefined: i } = this.getUserBounds();
    let { min: o, max: l } = this;
    const s = (a) => o = n ? o : a, r = (a) => l = i ? l : a;
    if (t) {
      const a = ri(o), c = ri(l);
      a < 0 && c < 0 ? r(0) : a > 0 && c > 0 && s(0);
    }
    if (o === l) {
      let a = l === 0 ? 1 : Math.abs(l * 0.05);
      r(l + a), t || s(o - a);
    }
    this.min = o, this.max = l;
  }
  getTickLimit() {
    const t = this.options.ticks;
    let { maxTicksLimit: n, stepSize: i } = t, o;
    return i ? (o = Math.ceil(this.max / i) - Math.floor(this.min / i) + 1, o > 1e3 && (console.warn(`scales.${this.id}.ticks.stepSize: ${i} would result generating up to ${o} ticks. Limiting to 1000.`), o = 1e3)) : (o = this.computeTickLimit(), n = n || 11), n && (o = Math.min(n, o)), o;
  }
  computeTickLimit() {
    return Number.POSITIVE_INFINITY;
  }
  buildTicks() {
    const t = this.options, n = t.ticks;
    let i = this.getTickLimit();
    i = Math.max(2, i);
    const o = {
      maxTicks: i,
      bounds: t.bounds,
      min: t.min,
      max: t.max,
      precision: n.precision,
      step: n.stepSize,
      count: n.count,
      maxDigits: this._maxDigits(),
      horizontal: this.isHorizontal(),
      minRotation: n.minRotation || 0,
      includeBounds: n.includeBounds !== !1
    }, l = this._range || this, s = em(o, l);
    return t.bounds === "ticks" && Rg(s, this, "value"), t.reverse ? (s.reverse(), this.start = this.max, this.end = this.min) : (this.start = this.min, this.end = this.max), s;
  }
  configure() {
    const t = this.ticks;
    let n = this.min, i = this.max;
    if (super.configure(), this.options.offset && t.length) {
      const o = (i - n) / Math.max(t.length - 1, 1) / 2;
      n -= o, i += o;
    }
    this._startValue = n, this._endValue = i, this._valueRange = i - n;
  }
  getLabelForValue(t) {
    return Au(t, this.chart.options.locale, this.options.ticks.format);
  }
}
class rr extends nm {
  determineDataLimits() {
    const { min: t, max: n } = this.getMinMax(!0);
    this.min = Lt(t) ? t : 0, this.max = Lt(n) ? n : 1, this.handleTickRangeOptions();
  }
  computeTickLimit() {
    const t = this.isHorizontal(), n = t ? this.width : this.height, i = On(this.options.ticks.minRotation), o = (t ? Math.sin(i) : Math.cos(i)) || 1e-3, l = this._resolveTickFontOptions(0);
    return Math.ceil(n / Math.min(40, l.lineHeight / o));
  }
  getPixelForValue(t) {
    return t === null ? NaN : this.getPixelForDecimal((t - this._startValue) / this._valueRange);
  }
  getValueForPixel(t) {
    return this._startValue + this.getDecimalForPixel(t) * this._valueRange;
  }
}
lt(rr, "id", "linear"), lt(rr, "defaults", {
  ticks: {
    callback: Pu.formatters.numeric
  }
});
const qo = {
  millisecond: {
    common: !0,
    size: 1,
    steps: 1e3
  },
  second: {
    common: !0,
    size: 1e3,
    steps: 60
  },
  minute: {
    common: !0,
    size: 6e4,
    steps: 60
  },
  hour: {
    common: !0,
    size: 36e5,
    steps: 24
  },
  day: {
    common: !0,
    size: 864e5,
    steps: 30
  },
  week: {
    common: !1,
    size: 6048e5,
    steps: 4
  },
  month: {
    common: !0,
    size: 2628e6,
    steps: 12
  },
  quarter: {
    common: !1,
    size: 7884e6,
    steps: 4
  },
  year: {
    common: !0,
    size: 3154e7
  }
}, Ut = /* @__PURE__ */ Object.keys(qo);
function Ec(e, t) {
  return e - t;
}
function Dc(e, t) {
  if (Mt(t))
    return null;
  const n = e._adapter, { parser: i, round: o, isoWeekday: l } = e._parseOpts;
  let s = t;
  return typeof i == "function" && (s = i(s)), Lt(s) || (s = typeof i == "string" ? n.parse(s, i) : n.parse(s)), s === null ? null : (o && (s = o === "week" && (Co(l) || l === !0) ? n.startOf(s, "isoWeek", l) : n.startOf(s, o)), +s);
}
function Cc(e, t, n, i) {
  const o = Ut.length;
  for (let l = Ut.indexOf(e); l < o - 1; ++l) {
    const s = qo[Ut[l]], r = s.steps ? s.steps : Number.MAX_SAFE_INTEGER;
    if (s.common && Math.ceil((n - t) / (r * s.size)) <= i)
      return Ut[l];
  }
  return Ut[o - 1];
}
function im(e, t, n, i, o) {
  for (let l = Ut.length - 1; l >= Ut.indexOf(n); l--) {
    const s = Ut[l];
    if (qo[s].common && e._adapter.diff(o, i, s) >= t - 1)
      return s;
  }
  return Ut[n ? Ut.indexOf(n) : 0];
}
function sm(e) {
  for (let t = Ut.indexOf(e) + 1, n = Ut.length; t < n; ++t)
    if (qo[Ut[t]].common)
      return Ut[t];
}
function _c(e, t, n) {
  if (!n)
    e[t] = !0;
  else if (n.length) {
    const { lo: i, hi: o } = Br(n, t), l = n[i] >= t ? n[i] : n[o];
    e[l] = !0;
  }
}
function om(e, t, n, i) {
  const o = e._adapter, l = +o.startOf(t[0].value, i), s = t[t.length - 1].value;
  let r, a;
  for (r = l; r <= s; r = +o.add(r, 1, i))
    a = n[r], a >= 0 && (t[a].major = !0);
  return t;
}
function Oc(e, t, n) {
  const i = [], o = {}, l = t.length;
  let s, r;
  for (s = 0; s < l; ++s)
    r = t[s], o[r] = s, i.push({
      value: r,
      major: !1
    });
  return l === 0 || !n ? i : om(e, i, o, n);
}
class No extends di {
  constructor(t) {
    super(t), this._cache = {
      data: [],
      labels: [],
      all: []
    }, this._unit = "day", this._majorUnit = void 0, this._offsets = {}, this._normalized = !1, this._parseOpts = void 0;
  }
  init(t, n = {}) {
    const i = t.time || (t.time = {}), o = this._adapter = new o4._date(t.adapters.date);
    o.init(n), Bi(i.displayFormats, o.formats()), this._parseOpts = {
      parser: i.parser,
      round: i.round,
      isoWeekday: i.isoWeekday
    }, super.init(t), this._normalized = n.normalized;
  }
  parse(t, n) {
    return t === void 0 ? null : Dc(this, t);
  }
  beforeLayout() {
    super.beforeLayout(), this._cache = {
      data: [],
      labels: [],
      all: []
    };
  }
  determineDataLimits() {
    const t = this.options, n = this._adapter, i = t.time.unit || "day";
    let { min: o, max: l, minDefined: s, maxDefined: r } = this.getUserBounds();
    function a(c) {
      !s && !isNaN(c.min) && (o = Math.min(o, c.min)), !r && !isNaN(c.max) && (l = Math.max(l, c.max));
    }
    (!s || !r) && (a(this._getLabelBounds()), (t.bounds !== "ticks" || t.ticks.source !== "labels") && a(this.getMinMax(!1))), o = Lt(o) && !isNaN(o) ? o : +n.startOf(Date.now(), i), l = Lt(l) && !isNaN(l) ? l : +n.endOf(Date.now(), i) + 1, this.min = Math.min(o, l - 1), this.max = Math.max(o + 1, l);
  }
  _getLabelBounds() {
    const t = this.getLabelTimestamps();
    let n = Number.POSITIVE_INFINITY, i = Number.NEGATIVE_INFINITY;
    return t.length && (n = t[0], i = t[t.length - 1]), {
      min: n,
      max: i
    };
  }
  buildTicks() {
    const t = this.options, n = t.time, i = t.ticks, o = i.source === "labels" ? this.getLabelTimestamps() : this._generate();
    t.bounds === "ticks" && o.length && (this.min = this._userMin || o[0], this.max = this._userMax || o[o.length - 1]);
    const l = this.min, s = this.max, r = Lg(o, l, s);
    return this._unit = n.unit || (i.autoSkip ? Cc(n.minUnit, this.min, this.max, this._getLabelCapacity(l)) : im(this, r.length, n.minUnit, this.min, this.max)), this._majorUnit = !i.major.enabled || this._unit === "year" ? void 0 : sm(this._unit), this.initOffsets(o), t.reverse && r.reverse(), Oc(this, r, this._majorUnit);
  }
  afterAutoSkip() {
    this.options.offsetAfterAutoskip && this.initOffsets(this.ticks.map((t) => +t.value));
  }
  initOffsets(t = []) {
    let n = 0, i = 0, o, l;
    this.options.offset && t.length && (o = this.getDecimalForValue(t[0]), t.length === 1 ? n = 1 - o : n = (this.getDecimalForValue(t[1]) - o) / 2, l = this.getDecimalForValue(t[t.length - 1]), t.length === 1 ? i = l : i = (l - this.getDecimalForValue(t[t.length - 2])) / 2);
    const s = t.length < 3 ? 0.5 : 0.25;
    n = Fe(n, 0, s), i = Fe(i, 0, s), this._offsets = {
      start: n,
      end: i,
      factor: 1 / (n + 1 + i)
    };
  }
  _generate() {
    const t = this._adapter, n = this.min, i = this.max, o = this.options, l = o.time, s = l.unit || Cc(l.minUnit, n, i, this._getLabelCapacity(n)), r = pt(o.ticks.stepSize, 1), a = s === "week" ? l.isoWeekday : !1, c = Co(a) || a === !0, f = {};
    let u = n, h, d;
    if (c && (u = +t.startOf(u, "isoWeek", a)), u = +t.startOf(u, c ? "day" : s), t.diff(i, n, s) > 1e5 * r)
      throw new Error(n + " and " + i + " are too far apart with stepSize of " + r + " " + s);
    const p = o.ticks.source === "data" && this.getDataTimestamps();
    for (h = u, d = 0; h < i; h = +t.add(h, r, s), d++)
      _c(f, h, p);
    return (h === i || o.bounds === "ticks" || d === 1) && _c(f, h, p), Object.keys(f).sort(Ec).map((v) => +v);
  }
  getLabelForValue(t) {
    const n = this._adapter, i = this.options.time;
    return i.tooltipFormat ? n.format(t, i.tooltipFormat) : n.format(t, i.displayFormats.datetime);
  }
  format(t, n) {
    const o = this.options.time.displayFormats, l = this._unit, s = n || o[l];
    return this._adapter.format(t, s);
  }
  _tickFormatFunction(t, n, i, o) {
    const l = this.options, s = l.ticks.callback;
    if (s)
      return xt(s, [
        t,
        n,
        i
      ], this);
    const r = l.time.displayFormats, a = this._unit, c = this._majorUnit, f = a && r[a], u = c && r[c], h = i[n], d = c && u && h && h.major;
    return this._adapter.format(t, o || (d ? u : f));
  }
  generateTickLabels(t) {
    let n, i, o;
    for (n = 0, i = t.length; n < i; ++n)
      o = t[n], o.label = this._tickFormatFunction(o.value, n, t);
  }
  getDecimalForValue(t) {
    return t === null ? NaN : (t - this.min) / (this.max - this.min);
  }
  getPixelForValue(t) {
    const n = this._offsets, i = this.getDecimalForValue(t);
    return this.getPixelForDecimal((n.start + i) * n.factor);
  }
  getValueForPixel(t) {
    const n = this._offsets, i = this.getDecimalForPixel(t) / n.factor - n.end;
    return this.min + i * (this.max - this.min);
  }
  _getLabelSize(t) {
    const n = this.options.ticks, i = this.ctx.measureText(t).width, o = On(this.isHorizontal() ? n.maxRotation : n.minRotation), l = Math.cos(o), s = Math.sin(o), r = this._resolveTickFontOptions(0).size;
    return {
      w: i * l + r * s,
      h: i * s + r * l
    };
  }
  _getLabelCapacity(t) {
    const n = this.options.time, i = n.displayFormats, o = i[n.unit] || i.millisecond, l = this._tickFormatFunction(t, 0, Oc(this, [
      t
    ], this._majorUnit), o), s = this._getLabelSize(l), r = Math.floor(this.isHorizontal() ? this.width / s.w : this.height / s.h) - 1;
    return r > 0 ? r : 1;
  }
  getDataTimestamps() {
    let t = this._cache.data || [], n, i;
    if (t.length)
      return t;
    const o = this.getMatchingVisibleMetas();
    if (this._normalized && o.length)
      return this._cache.data = o[0].controller.getAllParsedValues(this);
    for (n = 0, i = o.length; n < i; ++n)
      t = t.concat(o[n].controller.getAllParsedValues(this));
    return this._cache.data = this.normalize(t);
  }
  getLabelTimestamps() {
    const t = this._cache.labels || [];
    let n, i;
    if (t.length)
      return t;
    const o = this.getLabels();
    for (n = 0, i = o.length; n < i; ++n)
      t.push(Dc(this, o[n]));
    return this._cache.labels = this._normalized ? t : this.normalize(t);
  }
  normalize(t) {
    return $g(t.sort(Ec));
  }
}
lt(No, "id", "time"), lt(No, "defaults", {
  bounds: "data",
  adapters: {},
  time: {
    parser: !1,
    unit: !1,
    round: !1,
    isoWeekday: !1,
    minUnit: "millisecond",
    displayFormats: {}
  },
  ticks: {
    source: "auto",
    callback: !1,
    major: {
      enabled: !1
    }
  }
});
function Ts(e, t, n) {
  let i = 0, o = e.length - 1, l, s, r, a;
  n ? (t >= e[i].pos && t <= e[o].pos && ({ lo: i, hi: o } = Ql(e, "pos", t)), { pos: l, time: r } = e[i], { pos: s, time: a } = e[o]) : (t >= e[i].time && t <= e[o].time && ({ lo: i, hi: o } = Ql(e, "time", t)), { time: l, pos: r } = e[i], { time: s, pos: a } = e[o]);
  const c = s - l;
  return c ? r + (a - r) * (t - l) / c : r;
}
class Nc extends No {
  constructor(t) {
    super(t), this._table = [], this._minPos = void 0, this._tableRange = void 0;
  }
  initOffsets() {
    const t = this._getTimestampsForTable(), n = this._table = this.buildLookupTable(t);
    this._minPos = Ts(n, this.min), this._tableRange = Ts(n, this.max) - this._minPos, super.initOffsets(t);
  }
  buildLookupTable(t) {
    const { min: n, max: i } = this, o = [], l = [];
    let s, r, a, c, f;
    for (s = 0, r = t.length; s < r; ++s)
      c = t[s], c >= n && c <= i && o.push(c);
    if (o.length < 2)
      return [
        {
          time: n,
          pos: 0
        },
        {
          time: i,
          pos: 1
        }
      ];
    for (s = 0, r = o.length; s < r; ++s)
      f = o[s + 1], a = o[s - 1], c = o[s], Math.round((f + a) / 2) !== c && l.push({
        time: c,
        pos: s / (r - 1)
      });
    return l;
  }
  _generate() {
    const t = this.min, n = this.max;
    let i = super.getDataTimestamps();
    return (!i.includes(t) || !i.length) && i.splice(0, 0, t), (!i.includes(n) || i.length === 1) && i.push(n), i.sort((o, l) => o - l);
  }
  _getTimestampsForTable() {
    let t = this._cache.all || [];
    if (t.length)
      return t;
    const n = this.getDataTimestamps(), i = this.getLabelTimestamps();
    return n.length && i.length ? t = this.normalize(n.concat(i)) : t = n.length ? n : i, t = this._cache.all = t, t;
  }
  getDecimalForValue(t) {
    return (Ts(this._table, t) - this._minPos) / this._tableRange;
  }
  getValueForPixel(t) {
    const n = this._offsets, i = this.getDecimalForPixel(t) / n.factor - n.end;
    return Ts(this._table, i * this._tableRange + this._minPos, !0);
  }
}
lt(Nc, "id", "timeseries"), lt(Nc, "defaults", No.defaults);
const hs = [
  {
    department: "Ain",
    department_value: "01",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Aisne",
    department_value: "02",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Allier",
    department_value: "03",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Alpes de Haute-Provence",
    department_value: "04",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Hautes-Alpes",
    department_value: "05",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Alpes-Maritimes",
    department_value: "06",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Ardèche",
    department_value: "07",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Ardennes",
    department_value: "08",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Ariège",
    department_value: "09",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Aube",
    department_value: "10",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Aude",
    department_value: "11",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Aveyron",
    department_value: "12",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Bouches-du-Rhône",
    department_value: "13",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Calvados",
    department_value: "14",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Cantal",
    department_value: "15",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Charente",
    department_value: "16",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Charente-Maritime",
    department_value: "17",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Cher",
    department_value: "18",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Corrèze",
    department_value: "19",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Corse-du-Sud",
    department_value: "2A",
    region: "Corse",
    region_value: "20R"
  },
  {
    department: "Haute-Corse",
    department_value: "2B",
    region: "Corse",
    region_value: "20R"
  },
  {
    department: "Côte-d’Or",
    department_value: "21",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Côtes d’Armor",
    department_value: "22",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Creuse",
    department_value: "23",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Dordogne",
    department_value: "24",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Doubs",
    department_value: "25",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Drôme",
    department_value: "26",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Eure",
    department_value: "27",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Eure-et-Loir",
    department_value: "28",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Finistère",
    department_value: "29",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Gard",
    department_value: "30",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Haute-Garonne",
    department_value: "31",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Gers",
    department_value: "32",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Gironde",
    department_value: "33",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Hérault",
    department_value: "34",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Ille-et-Vilaine",
    department_value: "35",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Indre",
    department_value: "36",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Indre-et-Loire",
    department_value: "37",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Isère",
    department_value: "38",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Jura",
    department_value: "39",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Landes",
    department_value: "40",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Loir-et-Cher",
    department_value: "41",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Loire",
    department_value: "42",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Haute-Loire",
    department_value: "43",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Loire-Atlantique",
    department_value: "44",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Loiret",
    department_value: "45",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Lot",
    department_value: "46",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Lot-et-Garonne",
    department_value: "47",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Lozère",
    department_value: "48",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Maine-et-Loire",
    department_value: "49",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Manche",
    department_value: "50",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Marne",
    department_value: "51",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Haute-Marne",
    department_value: "52",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Mayenne",
    department_value: "53",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Meurthe-et-Moselle",
    department_value: "54",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Meuse",
    department_value: "55",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Morbihan",
    department_value: "56",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Moselle",
    department_value: "57",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Nièvre",
    department_value: "58",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Nord",
    department_value: "59",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Oise",
    department_value: "60",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Orne",
    department_value: "61",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Pas-de-Calais",
    department_value: "62",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Puy-de-Dôme",
    department_value: "63",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Pyrénées-Atlantiques",
    department_value: "64",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Hautes-Pyrénées",
    department_value: "65",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Pyrénées-Orientales",
    department_value: "66",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Bas-Rhin",
    department_value: "67",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Haut-Rhin",
    department_value: "68",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Rhône",
    department_value: "69",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Haute-Saône",
    department_value: "70",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Saône-et-Loire",
    department_value: "71",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Sarthe",
    department_value: "72",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Savoie",
    department_value: "73",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Haute-Savoie",
    department_value: "74",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Paris",
    department_value: "75",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Seine-Maritime",
    department_value: "76",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Seine-et-Marne",
    department_value: "77",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Yvelines",
    department_value: "78",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Deux-Sèvres",
    department_value: "79",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Somme",
    department_value: "80",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Tarn",
    department_value: "81",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Tarn-et-Garonne",
    department_value: "82",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Var",
    department_value: "83",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Vaucluse",
    department_value: "84",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Vendée",
    department_value: "85",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Vienne",
    department_value: "86",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Haute-Vienne",
    department_value: "87",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Vosges",
    department_value: "88",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Yonne",
    department_value: "89",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Territoire-de-Belfort",
    department_value: "90",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Essonne",
    department_value: "91",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Hauts-de-Seine",
    department_value: "92",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Seine-Saint-Denis",
    department_value: "93",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Val-de-Marne",
    department_value: "94",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Val-d’Oise",
    department_value: "95",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Guadeloupe",
    department_value: "971",
    region: "Guadeloupe",
    region_value: "971"
  },
  {
    department: "Martinique",
    department_value: "972",
    region: "Martinique",
    region_value: "972"
  },
  {
    department: "Guyane française",
    department_value: "973",
    region: "Guyane",
    region_value: "973"
  },
  {
    department: "Réunion",
    department_value: "974",
    region: "La Réunion",
    region_value: "974"
  },
  {
    department: "Mayotte",
    department_value: "976",
    region: "Mayotte",
    region_value: "976"
  }
];
on.register(Zv, jv, rr, lr, eo);
const Vs = (e) => isNaN(e) ? e : Number.isInteger(e) ? parseInt(e).toLocaleString("fr-FR") : parseFloat(e).toLocaleString("fr-FR", { maximumFractionDigits: 2 }), Sc = function() {
  const e = navigator.userAgent || navigator.vendor || window.opera;
  return /(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(e) || /1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(
    e.substr(0, 4)
  );
}, lm = (e) => hs.find((t) => t.department_value === e), rm = (e) => hs.find((t) => t.region_value === e), am = () => hs.map((e) => e.department_value), cm = () => hs.map((e) => e.region_value), fm = (e) => hs.filter((n) => n.region_value === e).map((n) => n.department_value), um = {
  methods: {
    getDep: lm,
    getReg: rm,
    getAllDep: am,
    getAllReg: cm,
    getDepsFromReg: fm
  }
}, jn = {
  props: {
    onenter: Function,
    onleave: Function,
    onclick: Function,
    ondblclick: Function
  }
}, en = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [i, o] of t)
    n[i] = o;
  return n;
}, hm = { class: "map_info fr-col-12 fr-col-lg-3" }, dm = { key: 0 }, pm = { class: "flex fr-text--sm fr-text--bold fr-mb-2w" }, gm = { class: "fr-text--sm fr-text--bold fr-mb-1v" }, vm = { class: "fr-text--md fr-text--bold fr-my-0" }, mm = { class: "scale fr-mt-auto" }, bm = { class: "scale_values" }, ym = { class: "min fr-text--sm fr-text--bold fr-mb-0" }, km = { class: "max fr-text--sm fr-text--bold fr-mb-0" }, wm = {
  __name: "MapInfo",
  props: {
    data: {
      type: Object,
      required: !0
    }
  },
  setup(e) {
    const t = e, n = uu(() => "linear-gradient(90deg," + t.data.colorMin + " 0%," + t.data.colorMax + " 100%)");
    return (i, o) => (ae(), $e("div", hm, [
      e.data.valueNat || e.data.valueReg ? (ae(), $e("div", dm, [
        x("p", {
          class: "fr-text--xs fr-mb-1v",
          style: D({ color: e.data.textMention })
        }, " Mise à jour : " + se(e.data.date), 5),
        x("p", {
          class: "fr-text--xs fr-text--bold fr-mb-1v",
          style: D({ color: e.data.textMention })
        }, se(e.data.names) + ", en France ", 5),
        o[0] || (o[0] = x("div", { class: "sep fr-mb-2w" }, null, -1)),
        x("p", {
          class: "fr-text--xs fr-text--bold fr-mb-2w",
          style: D({ color: e.data.textMention })
        }, se(Jn(Vs)(e.data.value)), 5)
      ])) : ru("", !0),
      x("div", null, [
        x("p", {
          class: "fr-text--xs fr-mb-1v",
          style: D({ color: e.data.textMention })
        }, " Localisation ", 4),
        x("p", pm, [
          x("span", null, se(e.data.localisation), 1)
        ]),
        x("p", {
          class: "fr-text--xs fr-mb-1v",
          style: D({ color: e.data.textMention })
        }, " Mise à jour : " + se(e.data.date), 5),
        x("p", gm, se(e.data.names), 1),
        x("p", vm, se(Jn(Vs)(e.data.valueNat || e.data.valueReg || e.data.value)), 1)
      ]),
      x("div", mm, [
        o[1] || (o[1] = x("div", { class: "sep fr-my-2w" }, null, -1)),
        x("p", {
          class: "fr-text--xs fr-mb-1w",
          style: D({ color: e.data.textMention })
        }, " Légende ", 4),
        x("div", {
          class: "scale_container",
          style: D({ background: n.value })
        }, null, 4),
        x("div", bm, [
          x("span", ym, se(Jn(Vs)(e.data.min)), 1),
          x("span", km, se(Jn(Vs)(e.data.max)), 1)
        ])
      ])
    ]));
  }
}, xm = /* @__PURE__ */ en(wm, [["__scopeId", "data-v-25dc55bf"]]), Mm = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Em = ["viewBox"], Dm = ["stroke"];
function Cm(e, t, n, i, o, l) {
  return ae(), $e("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: n.config.viewBox
  }, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": ".2%"
    }, [
      x("path", {
        class: "FR-2A",
        style: D({ display: n.config.displayDep["FR-2A"] }),
        d: "M930 907v3l3 3 6 4 1 3-4 1-5 1v2l2 2v8l8 2 3 1 2 4-2 2-2 1-3 4-2 3 1 6h6l1 1 5-2 2 1-3 6 3 2-5 3-2 7 8 2 11 1-5 5s-2-1-3-1v1c0 2-3 6-3 7l4 3 6 4 12 4 4 1 3 2-2 3h6l1 3h5l2-7-4-1 5-5-1-2v-3l7-4v-4h-4l-3 2v-4h5l2-4 2-13-1-5v-5l-7 4h-7l-1-5 1-1-2-2-1-9-1-2h-4l-2-1v-6l-2-2-2-1-4-5v-3h-5l-2-5h-6l-4-4 1-2-2-1h-5l-2-1h-8v-2z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-2B",
        style: D({ display: n.config.displayDep["FR-2B"] }),
        d: "m990 834-5 4v4l3 3-3 3 1 3-2 2v3l4 4v5l-2 4-3 1-3-3h-5l-1-1h-4l-4 4-2 6-9 2-7 6-2 4-3-1-2-2-1 6-3 1v6l1 3-4 3-1 3h4v2h7l2 1h6l2 1-1 2 4 4h6l2 5h5v3l3 5 3 1 2 2v6l2 2h4l1 1 1 9 2 2-1 1 1 5h7l7-4-1-11 9-12v-20l-4-7-1-22-2-4-5-4-1-13 2-6-2-10-2-8-2-2z",
        onClick: t[4] || (t[4] = (s) => e.onclick(s)),
        onDblclick: t[5] || (t[5] = (s) => e.ondblclick()),
        onMouseenter: t[6] || (t[6] = (s) => e.onenter(s)),
        onMouseleave: t[7] || (t[7] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-13",
        style: D({ display: n.config.displayDep["FR-13"] }),
        d: "m686 750-10 5-3 20-11-2-3 8 3 4-12 7-3 8h11l15 1 3 3h-5l-4 6 16 3 12-2-7-6 5-4 7 3 3 7 20 1 6-3 1 4-6 5h8l-1 4-2 2h17l9 3 1 1v-7l3-3 3-2v-2l-3-2h-3l-2-2 3-3v-1l-3-1v-3h7l2-1-6-6v-7l-4-3 3-7 8-5-6-4-4 3-10 3-7-1-15-6h-8l-7-3-3-4-5-6-13-5h-1z",
        onClick: t[8] || (t[8] = (s) => e.onclick(s)),
        onDblclick: t[9] || (t[9] = (s) => e.ondblclick()),
        onMouseenter: t[10] || (t[10] = (s) => e.onenter(s)),
        onMouseleave: t[11] || (t[11] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-84",
        style: D({ display: n.config.displayDep["FR-84"] }),
        d: "M699 697h-5l-4 6 1 7 6 1-1 2-5 1-5 5-1-2 1-7-2-2-10 1-2 4 1 1 6 10v8l11 11v4l-4 3 13 5 5 6 3 4 7 3h9l14 6 8 1 9-3 4-3 1-2-7-9h-9v-3l3-3v-4l-6-3-1-5 4-2v-4l-4-1-1-5h-3l-6-5-1-4-10-1-7-1-1-4 2-5-4 4-8-1-1-3 5-6z",
        onClick: t[12] || (t[12] = (s) => e.onclick(s)),
        onDblclick: t[13] || (t[13] = (s) => e.ondblclick()),
        onMouseenter: t[14] || (t[14] = (s) => e.onenter(s)),
        onMouseleave: t[15] || (t[15] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-83",
        style: D({ display: n.config.displayDep["FR-83"] }),
        d: "M830 756h-6l-2 2h-10l-9 6-6-4-9 3-1 4-7 5-12-8-9 3-1 2 7 4-8 6-4 6 4 3v7l6 6-2 1h-7v3l4 1v1l-3 3 1 2h3l3 2v2l-3 2-3 3v7l1 2 6 2 2 8 4 1 4-3 6-4 11 1v3l-4 2h9l-2-2-1-5 5-3 5 2h2l2 3 3-2v-5l3-2h8l2-4 5 2 6-3v-9h-8l6-3 3-4 1-6 10-1 6-7-4-4v-2l-2-2 2-2v-4l-5-2h-2l-4-3v-8l-5-1-4-1-1-4z",
        onClick: t[16] || (t[16] = (s) => e.onclick(s)),
        onDblclick: t[17] || (t[17] = (s) => e.ondblclick()),
        onMouseenter: t[18] || (t[18] = (s) => e.onenter(s)),
        onMouseleave: t[19] || (t[19] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-04",
        style: D({ display: n.config.displayDep["FR-04"] }),
        d: "m841 665-4 6-5 4-2 3-5 1v3l-2 2-2 5h-11l-6-3-4 3-6-1-2 3h2v6h-1l-6-3v-3l-4-3h-2v4h-3l-6 4-4 6-1 4h2l1 5h-2l-4-3-2 1 1 2 5 7-3 1-3-2h-6l-6 6v2l-2-3-3-2-2 5-3 3h-2l1 5 4 1v4l-4 2 1 5 6 3v4l-3 3v3h8l8 9 9-3 12 8 7-5 1-4 10-3 5 4 9-6h10l2-2h6l-2-4 2-2v-2h5l1-2 5-3 4 3 2-2-6-5-6-6-3-1v-5l-4-6 2-8 1-5 4-3v-4l5-3h1v-7l5-1-3-3-3-1-2-4 1-4 7-7-1-5h1z",
        onClick: t[20] || (t[20] = (s) => e.onclick(s)),
        onDblclick: t[21] || (t[21] = (s) => e.ondblclick()),
        onMouseenter: t[22] || (t[22] = (s) => e.onenter(s)),
        onMouseleave: t[23] || (t[23] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-06",
        style: D({ display: n.config.displayDep["FR-06"] }),
        d: "M841 698h-1l-5 3v4l-4 3-1 5-2 8 4 6v5l3 1 6 6 6 5-2 2-4-3-5 3-1 2h-5v2l-2 2 2 4-4 2 1 4h4l5 2v7l4 4h2l5 2v3l-2 3 2 1v3l4 4 1-9 7 2 2-3h4v-11l9-1 7-6h6l1-4 6-4-4-8 6-5-1-5 8-3 2-8-1-5-2-3-2-5h-5l-17 6h-5l-10-7-9-3h-5v-6z",
        onClick: t[24] || (t[24] = (s) => e.onclick(s)),
        onDblclick: t[25] || (t[25] = (s) => e.ondblclick()),
        onMouseenter: t[26] || (t[26] = (s) => e.onenter(s)),
        onMouseleave: t[27] || (t[27] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-05",
        style: D({ display: n.config.displayDep["FR-05"] }),
        d: "m810 619-3 1-1 6-6 1-1-6-2-2-7 1-2 2-2 8 1 2h8l1 5 3 1v8h-7l-2 3-9-1-4 4-4-2-4 4 1 3-2 3h-10v4l3 2-1 2-6 3-7 1-3 6v5l4 3-4 5-5-3h-6v3l3 3-4 3 1 6 13 3 2 5h3l-1 11 6-5h6l3 2 3-1-5-7-1-2 2-1 4 3h2l-1-5h-2l1-4 4-6 6-4h3v-4h2l4 3v3l6 3h2l-1-6h-2l2-3 6 1 4-3 6 3h11l2-5 2-2v-3l5-1 1-3 6-4 4-6 5 1 3-4h4v-3l-5-3-1-10-4-1h-5l-10-4-1-11-6-2-1-4-3-5z",
        onClick: t[28] || (t[28] = (s) => e.onclick(s)),
        onDblclick: t[29] || (t[29] = (s) => e.ondblclick()),
        onMouseenter: t[30] || (t[30] = (s) => e.onenter(s)),
        onMouseleave: t[31] || (t[31] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-48",
        style: D({ display: n.config.displayDep["FR-48"] }),
        d: "m577 643-10 4-3 6-7-4-5 16-5 12 7 9v7l5 4v8l2 13 6 2-1 4 9-1 3 1-2 2 11 7 10-2 1-2-1-3 4-1 6 5 9 1 4-7v-5l3-3-2-1v-7l-6-6h5l2-2 2-4-2-1 1-7-6-7-3-13-9-12-7 2-1-6h-4v5l-10 3z",
        onClick: t[32] || (t[32] = (s) => e.onclick(s)),
        onDblclick: t[33] || (t[33] = (s) => e.ondblclick()),
        onMouseenter: t[34] || (t[34] = (s) => e.onenter(s)),
        onMouseleave: t[35] || (t[35] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-03",
        style: D({ display: n.config.displayDep["FR-03"] }),
        d: "m541 451-5 6h-3l-3 4-3-4-10 9v6l2 2v2l-5 4-5-1-9 2-4 5-2 4 4 6v4l3 4 2-4 3 5 4 2 4 9v3l6 4 3-1 2-6h2v-3l4-1 1 2 5-5h5l1 2-2 3 3 5 1 2 9 5 12 2h3l5 1 4-3 3 2 1 4 4 1h6l1 4 5 2v-2h9l-1-21-2-5 1-4 6-1 8-6v-14l-3-4h-5l-2-3h-7l-1-2v-5l-8-14-3-2-7 9-3 1-1-5-3-2-2 3h-5l-1-3-4 2-3 2-5-4-6-3v-5z",
        onClick: t[36] || (t[36] = (s) => e.onclick(s)),
        onDblclick: t[37] || (t[37] = (s) => e.ondblclick()),
        onMouseenter: t[38] || (t[38] = (s) => e.onenter(s)),
        onMouseleave: t[39] || (t[39] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-30",
        style: D({ display: n.config.displayDep["FR-30"] }),
        d: "m624 696-2 4-2 2h-5l6 6v7l2 1-3 3v5l-4 7-9-1-6-5-4 1 1 3-1 3-10 1-11-7-2 2v5l-4 1 1 4 5 1h6l1 7-6 3v4l5 2v2l2 2 2-2h3l1 3h4l2-7h3l5-6h6l1 9 2 3 4-2 6 3 2 4 11 6 4 10v4l-7 4-5 4 6 1v7h13l3-8 12-7-3-4 3-8 11 2 2-20 15-8v-4l-11-11v-8l-6-10-13-7-1 5-5 1-2-6-5 1-1 7-4-1-8-6-4 2v-10z",
        onClick: t[40] || (t[40] = (s) => e.onclick(s)),
        onDblclick: t[41] || (t[41] = (s) => e.ondblclick()),
        onMouseenter: t[42] || (t[42] = (s) => e.onenter(s)),
        onMouseleave: t[43] || (t[43] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-11",
        style: D({ display: n.config.displayDep["FR-11"] }),
        d: "m491 802-1 7-6-2h-7v-3l-4 1-7 2-3-4-5 4 2 4-6 2-1 6-5 2 5 5-1 3 17 8 2 13v6l1 9h-9l-3 4 12 9 7-3 8 9-1 1h1l15-7-4-5v-6h34l-1-5 8-4 10 7 4 2v-22l-4 1-4-6 3-5 6 6 6-4 3-4 1-4h-5l-1-5h-5l-4-7-4 1-3-2-1-6-2 1 1 4h-5v6l-7 3-3-7-5 3-4-3-1-5 3-4-2-4h-11l-11-2z",
        onClick: t[44] || (t[44] = (s) => e.onclick(s)),
        onDblclick: t[45] || (t[45] = (s) => e.ondblclick()),
        onMouseenter: t[46] || (t[46] = (s) => e.onenter(s)),
        onMouseleave: t[47] || (t[47] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-34",
        style: D({ display: n.config.displayDep["FR-34"] }),
        d: "m604 747-5 6h-3l-2 7h-4l-1-3h-3l-2 2-2-2v-3l-5-2v2l-7 1-3 3 1 6h-5l-6-3h-3v4l1 10h-10l-2 4-13 5-5-4-3 5-2 5 6 5-2 7-8 2 2 4-3 4 1 5 4 3 5-3 3 7 7-3v-6h5l-1-4 2-1 1 6 3 2 4-1 4 7h5l1 5h5v-2l13-3 1-4h11l3-4 19-16 12-8h5l5-4 7-4v-5l-4-9-11-6-2-5-6-3-4 2-2-2-1-9z",
        onClick: t[48] || (t[48] = (s) => e.onclick(s)),
        onDblclick: t[49] || (t[49] = (s) => e.ondblclick()),
        onMouseenter: t[50] || (t[50] = (s) => e.onenter(s)),
        onMouseleave: t[51] || (t[51] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-66",
        style: D({ display: n.config.displayDep["FR-66"] }),
        d: "m539 858-8 4 1 5h-34v6l4 5-15 7h-14l-1 3-6 2-4 4-12 2 1 4 6 5 10 3v6l6 5h5l6-8 7-1 12 4 10 8 3-3h3l2 2 2-2 1-5 11-2 3-5 6-2h7l5 5 6 1v-6l-3-4-5-2-1-32-5-2z",
        onClick: t[52] || (t[52] = (s) => e.onclick(s)),
        onDblclick: t[53] || (t[53] = (s) => e.ondblclick()),
        onMouseenter: t[54] || (t[54] = (s) => e.onenter(s)),
        onMouseleave: t[55] || (t[55] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-15",
        style: D({ display: n.config.displayDep["FR-15"] }),
        d: "m512 590-1 4 2 5-2 2h-4l-4-4-3-2v10l-7 5-4 6 1 6-2 3-2 6h-2l-3 4 2 2 1 4-4 3 1 12 7 5-5 10 5 2-2 6 4 1 3-5h5l1 1h11l2-4 3-1 1-8h2v-9l11-9 1 1 1 7 7-1 1 10h4l1 11 3 3 5-11 5-16 7 4 3-7 9-3v-3l-2-3-4-2 2-3-2-2h2l3-2-4-1-2-2-1-7-2-2-2-6h-8l-2-5h-2l-2 3-5-1-5-7-2-1-4-2-2 3h-6l-3-7z",
        onClick: t[56] || (t[56] = (s) => e.onclick(s)),
        onDblclick: t[57] || (t[57] = (s) => e.ondblclick()),
        onMouseenter: t[58] || (t[58] = (s) => e.onenter(s)),
        onMouseleave: t[59] || (t[59] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-43",
        style: D({ display: n.config.displayDep["FR-43"] }),
        d: "m571 595-2 2v2h-4l-4 3-6 1-2 2h1l2 5h8l2 6 2 2 1 7 1 2 5 1-3 2h-2l2 2-2 3 4 2 2 3v3h1l6 17 9-3 1-5h4l1 6 7-2 8 10 6-8 9-7h9l3-9h5l1-7h5l-1-2-1-5 2-4 5-2 2-8-5-6h-6l1-6-11-5h-4l-8 6-8-2-1 2-5-2-3-3-2 4-5-1-3-2-2 5-4-2-2-4h-3l-2-2-4 1h-5l-2-1-2 1z",
        onClick: t[60] || (t[60] = (s) => e.onclick(s)),
        onDblclick: t[61] || (t[61] = (s) => e.ondblclick()),
        onMouseenter: t[62] || (t[62] = (s) => e.onenter(s)),
        onMouseleave: t[63] || (t[63] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-63",
        style: D({ display: n.config.displayDep["FR-63"] }),
        d: "m537 509-5 5v-2l-5 1v3h-2l-2 6-3 1-5-4v8l3 4 1 7-4 3-1 5-4 2-7 4 1 3 8 9 1 5-3 5v5l2 3 1 6-1 2 11 4 3 6h6l2-2 4 1 2 1 5 7 5 1 2-3h1l2-2 6-1 4-3h4v-3l2-1 1 2 2-1 2 1h5l4-2 2 3h3l2 4 4 1 2-4 3 2 5 1 2-4 3 3 5 1 1-1-2-1-1-4 6-7-3-12-9-6-4-9-5-6 2-8 3-3-6-5v-1l-5-2-2-4h-5l-4-1-1-4-3-2-4 2-5-1-4 1-11-2-9-5-1-3-3-4 2-4-1-1z",
        onClick: t[64] || (t[64] = (s) => e.onclick(s)),
        onDblclick: t[65] || (t[65] = (s) => e.ondblclick()),
        onMouseenter: t[66] || (t[66] = (s) => e.onenter(s)),
        onMouseleave: t[67] || (t[67] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-65",
        style: D({ display: n.config.displayDep["FR-65"] }),
        d: "m315 784-3 2 6 10-3 4 2 4 5 6-4 5-5 13-10 8 2 5-2 2-5-1-2 12-3 2v7h1l6 3 7 6 1 4 5 5h5l12-5 5 6 7 1 2-4 4 1 7 1-1-19h4l3 1 2-2v-4l5-2-2-7-2-2-4 2 2-4-1-4-6-4 1-3 3-6 4-1v-3l3-3 1-3-6-3h-9l-1-3h-5l-1-3h-5l-1 1h-5v-3l-4-2 1-1 1-4-1-1-2-5-4-1-4-2v-6z",
        onClick: t[68] || (t[68] = (s) => e.onclick(s)),
        onDblclick: t[69] || (t[69] = (s) => e.ondblclick()),
        onMouseenter: t[70] || (t[70] = (s) => e.onenter(s)),
        onMouseleave: t[71] || (t[71] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-64",
        style: D({ display: n.config.displayDep["FR-64"] }),
        d: "m302 785-5 3-10-1-1-1-7 2-5 1-4-3-5 2-1-2h-5l-3 2h-9l-4 3h-9l-1 2-2-1 2-3-4-3-6 5h-9l-11-5-1 3-8 10-7 3h-4v4l4 4h6l1 5 5 1 1-4 7 3 4 1 1 5-2 2v7l-5 2v3l3 4 6 2 1-6 3-3-1 5 3 3h6l3 4 9 2 8 5h14l1 7 9 7 4 5 4-2 3-1 2 2 3-2 7-4v-7l3-2 2-12 5 1 2-2-2-5 9-8 6-13 4-5-5-6-2-4 3-4-6-10-9-1z",
        onClick: t[72] || (t[72] = (s) => e.onclick(s)),
        onDblclick: t[73] || (t[73] = (s) => e.ondblclick()),
        onMouseenter: t[74] || (t[74] = (s) => e.onenter(s)),
        onMouseleave: t[75] || (t[75] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-40",
        style: D({ display: n.config.displayDep["FR-40"] }),
        d: "m243 684-12 6h-3l-6 34-8 32-3 12-2 9-6 9 11 5h9l6-5 4 4-2 2 2 1 1-2h9l4-4 9 1 3-2h5l1 2 5-2 3 3 6-1 7-2 1 1 10 1 5-3-2-5 2-7 4-4-1-7 3-3-5-7 4-4 4-1 4 2 5-5 1 6 2 2 4-1v-4l1-3-1-2 1-7 4-4-2-3h-4l-5-2-7 1-2-8-4-6h-2l1 6v2l-7 1-6-3-2-8-4-5h-3l-1-3-3-2-6-2 2-2v-2l-2-2-3-1h-6l-4 4h-3l-4-3-6 3-3-2 2-3 1-5z",
        onClick: t[76] || (t[76] = (s) => e.onclick(s)),
        onDblclick: t[77] || (t[77] = (s) => e.ondblclick()),
        onMouseenter: t[78] || (t[78] = (s) => e.onenter(s)),
        onMouseleave: t[79] || (t[79] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-33",
        style: D({ display: n.config.displayDep["FR-33"] }),
        d: "m245 575-6 9-2 30-4 30-4 24v6l3-8 5-6 7 6 1 2 2 3-9 1-2-3-3 2-1 5-4 6v8h3l11-6 7 2-1 4-2 4 3 1 6-2 4 3h3l3-4 7-1 2 2 2 2v2l-1 2 6 2 3 2v3h4l4 5 2 8 6 2h6v-8h2l3 5 6-1 3-3-1-3-2-2 1-4h3l4-2-2-4-1-4 3-5 5-8 4-4 3-1v-4h-3l-2-4 1-3 5-1 3-1 4-1-1-7 4-2-5-3-4 5h-11l-1-2-4-2 3-3v-4l-1-2v-1l3-3 1-5 2-6-2-3h-4l-2-2-1 4-4-2-5 2-4-1-9-8h-5l-1-12-10-1v-5l-2 1h-10v3l3 10v11l-1 2-2-8-5-20-19-17 1-7-4-1z",
        onClick: t[80] || (t[80] = (s) => e.onclick(s)),
        onDblclick: t[81] || (t[81] = (s) => e.ondblclick()),
        onMouseenter: t[82] || (t[82] = (s) => e.onenter(s)),
        onMouseleave: t[83] || (t[83] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-24",
        style: D({ display: n.config.displayDep["FR-24"] }),
        d: "m372 566-3 6h-6v9l-17 12v12l-7 7-3 3-7-1-4 7-1 2 1 3h4l2 3-2 5-1 6-3 2v2l1 1v4l-2 3 3 2 1 3 11-1 4-5 5 3-4 2 1 7 5 4 1 7 5 2 3-3h8l3-3h3v3h8l1-2h3l3 3v3l-3 1 1 2 4 1 4-4h4l3 3 5 2 1-1 3-3 1-6h7l6-8h-3v-4l6-1v-4l3-1 4-6-4-4v-4l3-2-3-5v-8h-8l-3-2 3-3-4-4 3-3-3-2v-5l7-6-4-3-2-6-8-1-2-2 5-2-2-3-8-1-2-7-11-1-3 3-2 1-3-4 1-4-2-4z",
        onClick: t[84] || (t[84] = (s) => e.onclick(s)),
        onDblclick: t[85] || (t[85] = (s) => e.ondblclick()),
        onMouseenter: t[86] || (t[86] = (s) => e.onenter(s)),
        onMouseleave: t[87] || (t[87] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-47",
        style: D({ display: n.config.displayDep["FR-47"] }),
        d: "M345 664h-4l-3 1-5 1-1 4 2 3 3 1v3l-3 1-3 4-6 8-2 5 1 5 1 3-4 2h-3l-1 4 3 2v3l-3 3-5 1v1l2 8 7-1 5 2h4l2 3-4 4-1 7 1 2 1-3 5 4 5-6 3 4 6-1 7-1 2-5 11-1 6 5 2-2 3-1-1-5 5-1 7-2-2-4 3-3 1-6-4-5 3-8 6 3 7-1-3-8-3-11h7l2-4-6-2-3-3h-4l-4 4-4-1-1-2 3-1v-3l-3-3-3-1-2 2h-7v-2h-2l-4 3h-8l-3 3-5-2-1-7-5-4z",
        onClick: t[88] || (t[88] = (s) => e.onclick(s)),
        onDblclick: t[89] || (t[89] = (s) => e.ondblclick()),
        onMouseenter: t[90] || (t[90] = (s) => e.onenter(s)),
        onMouseleave: t[91] || (t[91] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-46",
        style: D({ display: n.config.displayDep["FR-46"] }),
        d: "m441 634-7 4h-1l-3 2v4l4 4-4 6-3 1v4l-6 1v3l3 1-6 8h-8v6l-3 3-2 5h-7l3 11 3 7 4-1 1 2-3 3 2 4h3l3 4h3l2-3 1 1v3l1 4h7l5-5 3-1 1 2 2 4h3l1-7 5 1 3-4 6 1 8-4v1l2-2-3-5-1-7 4-3h2l6-6h3l1-2h7l2-2 1-2-3-1 2-6-5-2 5-10-6-5-2-13-6-2-4 4-2-3-6 6h-4l-8-10z",
        onClick: t[92] || (t[92] = (s) => e.onclick(s)),
        onDblclick: t[93] || (t[93] = (s) => e.ondblclick()),
        onMouseenter: t[94] || (t[94] = (s) => e.onenter(s)),
        onMouseleave: t[95] || (t[95] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-09",
        style: D({ display: n.config.displayDep["FR-09"] }),
        d: "m422 817-2 2-1 1 5 4 1 2-1 2-8 1-2 3v1l3 1 2 2-2 3h-2l-4-3-4-2-5 1-7 4v7l2 1-1 5-8 2-4 4v7l2 1-3 3 1 1 11 3h5l7 7h15l6 9 6-2 15 2 1 7 12-2 4-4 6-2 1-3 14-1-8-9-7 3-12-9 3-4h9l-1-9v-6l-2-13-17-8v-3l-3-4-3 1-4 1-7-4h-2l3 4-1 2h-6l-1-4-3-5z",
        onClick: t[96] || (t[96] = (s) => e.onclick(s)),
        onDblclick: t[97] || (t[97] = (s) => e.ondblclick()),
        onMouseenter: t[98] || (t[98] = (s) => e.onenter(s)),
        onMouseleave: t[99] || (t[99] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-32",
        style: D({ display: n.config.displayDep["FR-32"] }),
        d: "m368 735-11 1-2 5-7 1-6 1-3-4-5 6-5-4-2 6v4l-4 1-2-2-1-6-5 5-4-2-4 1-4 4 5 8-3 2 1 7-4 4-2 7 3 5 9 1 3-2h6v6l4 2 4 1 2 5 1 1-1 4-1 1 4 2v3h5l1-1h5l1 3h5l1 3h9l6 3 1-1 4-2 6-8 12 1 5 3 2-2 3-8 3-7 7-3 3-2-1-2-3-1-2-3h-2l-4-4v-3l-6-6-1-3-3 1-1-2 2-3-3-3v-4l-2-3h-7v-4l4-3v-4l4-1-2-2-3 2h-5l-2-2h-1l-1 2z",
        onClick: t[100] || (t[100] = (s) => e.onclick(s)),
        onDblclick: t[101] || (t[101] = (s) => e.ondblclick()),
        onMouseenter: t[102] || (t[102] = (s) => e.onenter(s)),
        onMouseleave: t[103] || (t[103] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-31",
        style: D({ display: n.config.displayDep["FR-31"] }),
        d: "m437 754-5 2-2 3-2-2-4-1v3l-3 1 4 2-3 4-8 2-3-4h-4l-2 1h-10l-1 1 1 3 6 6v3l4 4h2l2 3 3 1 1 2-3 2-7 3-3 7-3 8-2 2-5-3-12-1-7 8-3 2-2 4-3 3v3l-4 1-3 6-1 3 6 4 1 4-2 4 4-2 2 2 2 7-5 2v4l-2 2-3-2h-4l1 20 14 1 1-18 5 1 8 4 3-3-2-1v-7l4-4 8-2 1-5-2-1v-7l7-4 5-1 4 2 4 3h2l2-3-2-2-3-1v-1l2-3 8-1 1-2-1-2-5-4 1-1 2-2h3l3 5 1 4h6l1-3-3-3h2l7 4 4-1 3-1-1-1 5-2 1-5 6-3-2-4 5-4 3 4 7-2h2v-7h-4l-5-1-4-5-2-3-8-3-2-3 2-1v-4l-2-2-4-6v-4l-1-1-4-4-2-5z",
        onClick: t[104] || (t[104] = (s) => e.onclick(s)),
        onDblclick: t[105] || (t[105] = (s) => e.ondblclick()),
        onMouseenter: t[106] || (t[106] = (s) => e.onenter(s)),
        onMouseleave: t[107] || (t[107] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-82",
        style: D({ display: n.config.displayDep["FR-82"] }),
        d: "m391 703-3 8 4 5-1 6-3 3 2 4-7 2-5 1 1 5-3 1 2 2h5l3-2 2 2-4 1v4l-4 3v4h7l2 3v4l3 3-2 3 1 2 4-2h10l2-1h4l3 4 8-2 3-4-4-2 3-1v-3l4 1 2 2 2-3 5-2 2 1 2-3-3-3h6l2-4 4-4h-4l2-5 11-2 4-2 5-2 2-2-2-5 3-6h-6v-8l-8 3-5-1-4 4-5-1-1 7h-3l-1-4-1-2-3 1-6 5h-7l-1-4v-4l-3 3h-3l-3-4h-3l-2-4 3-3v-2h-5v2l-7 1z",
        onClick: t[108] || (t[108] = (s) => e.onclick(s)),
        onDblclick: t[109] || (t[109] = (s) => e.ondblclick()),
        onMouseenter: t[110] || (t[110] = (s) => e.onenter(s)),
        onMouseleave: t[111] || (t[111] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-12",
        style: D({ display: n.config.displayDep["FR-12"] }),
        d: "m529 645-11 9v9h-2l-1 8-3 1-2 4h-11l-1-1h-5l-3 5h-1l-1 2-2 2h-7l-1 2h-3l-6 6h-2l-4 3 1 7 3 5-2 2v8h5l-3 6 3 6 3-2 1 3 4-4h6l7 4 10 2 4 7 6 2 3 8-1 3 4 7v3l7 9 6 3 4-1 2-3 3 1 6 4h10l-1-11v-3h3l6 3h5l-1-6 3-3 7-1v-5l6-3-1-7h-6l-5-1-1-4 4-1v-5l4-4-3-1-9 1 1-4-6-2-2-13v-8l-5-4 1-7-11-13-1-10h-4l-1-11-8 1v-6z",
        onClick: t[112] || (t[112] = (s) => e.onclick(s)),
        onDblclick: t[113] || (t[113] = (s) => e.ondblclick()),
        onMouseenter: t[114] || (t[114] = (s) => e.onenter(s)),
        onMouseleave: t[115] || (t[115] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-81",
        style: D({ display: n.config.displayDep["FR-81"] }),
        d: "M484 726h-6l-4 4-1-3-3 2-1-1-1 2-5 2-5 2-11 2-1 5h4l-4 4-2 4h-6l3 3-2 3 1 1 1 4 4 5 1 1 1 4 3 5 3 3v4l-3 1 2 3 8 4 2 2 4 5 5 1h4v7l2-1v3h7l6 2 1-7h3l11 2h11l8-2 2-7-6-5 2-5 3-5 5 4 13-5 2-4-6-4-3-1-2 3-4 1-6-3-7-9v-4l-4-6 1-3-3-7-6-3-4-7-10-2z",
        onClick: t[116] || (t[116] = (s) => e.onclick(s)),
        onDblclick: t[117] || (t[117] = (s) => e.ondblclick()),
        onMouseenter: t[118] || (t[118] = (s) => e.onenter(s)),
        onMouseleave: t[119] || (t[119] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-01",
        style: D({ display: n.config.displayDep["FR-01"] }),
        d: "M692 478h-4l-2 5-7 26-1 3-1 8-2 3v12l-1 3 7 4h3l4 4 1 6 5-1 7 2v-1h4l5 4 4-2 3-7 2-3 3 1 3 2 2 5 14 18 5-3v-7h5v-12l3-2v-11l1 1v-4l-2-4 1-10 4 2 2-3 3-1 4-3h-4v-7l4-3h7v-4l-2-1 5-7-1-2-6-4-15 17h-10v-5l-6-2-7 7-5 1v-5l-5-2-7-10-7-3-2-5h-3l-4 2-3 1z",
        onClick: t[120] || (t[120] = (s) => e.onclick(s)),
        onDblclick: t[121] || (t[121] = (s) => e.ondblclick()),
        onMouseenter: t[122] || (t[122] = (s) => e.onenter(s)),
        onMouseleave: t[123] || (t[123] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-38",
        style: D({ display: n.config.displayDep["FR-38"] }),
        d: "m719 544-2 3-3 7-4 2-5-4h-4v5l5 4-8 10-10 3-8 2 5 5 1 3-8 4v11h-1l2 5 7 2 4-2 5-3 7 5h6l3 6-1 3v6l-1 6v1h3l6 2 9 2 3-2 2-3h1v29l2 2h5l5 3 4 3h3l2 2 7 1v-1l-3-2v-4h10l2-3-1-3 4-4 4 2 4-4 9 1 2-3h7v-8l-3-1-1-5h-8l-1-2 2-8 2-2-2-3-4-2-2 2 1-3v-3l-3-3 1-8 4-2-1-5-7-7h-3l-2 3-5-7-2 1-3 5 2 3-1 1-3-2-10-2-4-8v-3l-4-5-1-2-14-18-2-5-3-2z",
        onClick: t[124] || (t[124] = (s) => e.onclick(s)),
        onDblclick: t[125] || (t[125] = (s) => e.ondblclick()),
        onMouseenter: t[126] || (t[126] = (s) => e.onenter(s)),
        onMouseleave: t[127] || (t[127] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-74",
        style: D({ display: n.config.displayDep["FR-74"] }),
        d: "m808 484-8 2-8 6-2-3h-4l-4 8 1 3 4 4-8 4-4 5h-8l-4 3-4 1-1 3-4-2-1 10 2 4v4l3 2v10l7 2 3 5h6l2-2h3l5 6 2 2 6-1 2-3 2-7 3-2 3-8 4-3 2 1 1 2-2 3 4 4h5l4 6-1 2 4-3 3-3 2 1v-7l12-5 2-3-1-8-8-8-3 1v-9l-6-3-1-3 4-4v-5l-6-7v-5z",
        onClick: t[128] || (t[128] = (s) => e.onclick(s)),
        onDblclick: t[129] || (t[129] = (s) => e.ondblclick()),
        onMouseenter: t[130] || (t[130] = (s) => e.onenter(s)),
        onMouseleave: t[131] || (t[131] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-42",
        style: D({ display: n.config.displayDep["FR-42"] }),
        d: "m611 506-6 1-1 4 2 5 1 21h-9v3l6 5-3 3-2 8 5 6 4 9 9 6 3 12-6 7 1 4 10 3 8-6h3l12 5-1 6h6l5 5h3l6-2 2-7 9-5v-11h1l-5-1-3 2-4-2 4-5-1-4-12-2-10-9v-3l2-2v-3l-3-2 3-3v-5l-5-4v-5l-3-3v-4l-2-5 3-3v-7h7l2-2-2-4v-4l-2-1-1 7h-4l-3 3-2-2-12-2-4 3h-3l-1-3-5-1-1-5z",
        onClick: t[132] || (t[132] = (s) => e.onclick(s)),
        onDblclick: t[133] || (t[133] = (s) => e.ondblclick()),
        onMouseenter: t[134] || (t[134] = (s) => e.onenter(s)),
        onMouseleave: t[135] || (t[135] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-69",
        style: D({ display: n.config.displayDep["FR-69"] }),
        d: "M671 501h-4l-3 4-2-3-4 3-4-3h-4l-1 1-1 4 2 2v3l2 4-1 2h-8v7l-3 3 2 6v3l3 3v5l5 4v5l-3 4 3 1v3l-2 2v3l10 9 12 2 1 4-4 4 4 2 3-1 5 1 7-4-1-3-5-5 8-2 10-3 8-10-5-4v-4l-7-2-5 1-1-6-4-4h-3l-7-4 1-3v-12l2-3 1-8-1 2h-3l-1-7z",
        onClick: t[136] || (t[136] = (s) => e.onclick(s)),
        onDblclick: t[137] || (t[137] = (s) => e.ondblclick()),
        onMouseenter: t[138] || (t[138] = (s) => e.onenter(s)),
        onMouseleave: t[139] || (t[139] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-73",
        style: D({ display: n.config.displayDep["FR-73"] }),
        d: "M754 535v11l-3 2v12h-5v7l-5 3 1 2 4 5v3l5 8 9 2 3 2 1-1-2-3 3-5 2-1 5 7 2-3h3l7 7 1 5-4 2-1 8 3 3v3l-1 3 2-2 4 2 2 3 7-1 2 2 1 6 6-1 1-6 3-1h7l11-4 4 2h4v-4l5-3 2-2 9-3 1-7-1-2 5-9-5-2-2-5-9-6s1-11-1-13c-2 0-7 1-7 1l-5-7v-5l-2-1-3 3-4 3 1-2-4-6h-5l-4-4 2-3-1-2-3-1-3 3-3 8-3 2-2 7-2 3-6 1-2-2-5-6h-3l-2 2h-6l-3-5-7-2v-10z",
        onClick: t[140] || (t[140] = (s) => e.onclick(s)),
        onDblclick: t[141] || (t[141] = (s) => e.ondblclick()),
        onMouseenter: t[142] || (t[142] = (s) => e.onenter(s)),
        onMouseleave: t[143] || (t[143] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-07",
        style: D({ display: n.config.displayDep["FR-07"] }),
        d: "m677 599-8 5-2 7-6 2h-3l-2 9-5 2-2 4 1 5 1 2h-6v7h-5l-3 9h-9l-9 7-6 8 1 2 3 13 6 6-1 8 8 5v10l4-2 8 6 4 1 1-7 5-1 2 5h5l1-5 12 6 2-4 5-1v-7l-1-2h-2v-3l2-3-2-3 1-7 4-5v-8l-1-9 3-1 1-4 3-7 2-5-3-8-2-6-3-11v-15h-1z",
        onClick: t[144] || (t[144] = (s) => e.onclick(s)),
        onDblclick: t[145] || (t[145] = (s) => e.ondblclick()),
        onMouseenter: t[146] || (t[146] = (s) => e.onenter(s)),
        onMouseleave: t[147] || (t[147] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-26",
        style: D({ display: n.config.displayDep["FR-26"] }),
        d: "m695 601-5 3-4 2-5-2v15l3 11 2 6 3 8-2 5-3 7-1 4-4 1 2 9v8l-4 5-1 7 1 3-1 3v3h2l1 2v7h5l2 2-1 7 1 2 5-5 5-1 1-2-6-1-1-7 4-6h5l5 5-5 6 1 3 8 1 4-4-2 5v4l8 1 10 1 2 4 5 5h5l3-3 2-6 3 3 2 3 1-14h-3l-2-5-13-3-1-6 4-3-4-3 1-3h6l5 3 4-5-4-3v-5l3-6 7-1 6-3 1-1-7-1-2-2h-3l-4-3-5-3h-5l-2-2v-29h-1l-2 3-3 2-9-2-6-2-3 1v-2l1-6v-5l1-4-4-6h-5z",
        onClick: t[148] || (t[148] = (s) => e.onclick(s)),
        onDblclick: t[149] || (t[149] = (s) => e.ondblclick()),
        onMouseenter: t[150] || (t[150] = (s) => e.onenter(s)),
        onMouseleave: t[151] || (t[151] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-17",
        style: D({ display: n.config.displayDep["FR-17"] }),
        d: "m260 492-5 1-11 6 3 3-6 5-1 3-5 1-3-3-7-1-1-4-4-3-6 3 3 5h5l6 4 3 3 8-1 2 4 4 1 2 5 4 1-1 4-4-1-1 3 3 4-2 8h-4v5l1 2h-5l-1-3 4-4-2-3-1-1-1-9-6-1-5-6-1 13 8 6 1 7 2 8v8l5-1 7 6 5 3 1 4 4 1 11 11 3 13h10l2-2 1 5 9 1 1 12h6l8 9h4l5-2 4 2 3-6 2-5-7-5-2-3-4-4-7 1-3-1v-2l4-1v-1l-3-1-2-1 5-4v-3l-2-2 1-2 1-4-3-3-2-3-4-5-3-1 2-4h-1l-1-8-3-2 4-2h6l2-2h4l1 2h4l3-1 1-7 3-11-3-3-1-4-5-3-7-4-8 1-5-7h-7l-6-5v-2l-4-5-1-5-5-4-7 3z",
        onClick: t[152] || (t[152] = (s) => e.onclick(s)),
        onDblclick: t[153] || (t[153] = (s) => e.ondblclick()),
        onMouseenter: t[154] || (t[154] = (s) => e.onenter(s)),
        onMouseleave: t[155] || (t[155] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-19",
        style: D({ display: n.config.displayDep["FR-19"] }),
        d: "m475 561-1 3-6 2-3 4h-2l-4-1-3 4-4 1-3 5h-4l-2 2h-7l-3 4-2-1-5 6-5-2-2 5 2 4 4 3-7 6v5l3 2-3 3 4 4-3 3 3 2h8v8l3 5h1l7-4 10 4 7 10h4l6-6 2 3 4-4 5 2 1 1 4-3-1-4-2-2 3-4h2l2-6 2-3-1-6 4-6 7-5v-9l3 1 4 4h4l2-2-2-5 2-6-1-6-2-3v-5l3-5-1-5-1-1-3 3h-7l-3 3h-4l-4-3-1-3h-9l-2-2z",
        onClick: t[156] || (t[156] = (s) => e.onclick(s)),
        onDblclick: t[157] || (t[157] = (s) => e.ondblclick()),
        onMouseenter: t[158] || (t[158] = (s) => e.onenter(s)),
        onMouseleave: t[159] || (t[159] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-23",
        style: D({ display: n.config.displayDep["FR-23"] }),
        d: "m457 487-2 6h-6l-2-1h-4l-3-2-7 7v6l-4 8 1 5 5 1 3 8 3 3-1 15 7-2 2 3-4 4v3l4 1 6-1 2-3h1l-1 5 6 2 4 4v2h-2v4l2 2 1-1 6-1 1-4h3l2 2h9l2 3 3 3h4l3-3h7l3-3-7-8-1-3 7-4 4-2 1-5 4-3-1-7-3-4-1-11-4-9-4-2-3-5-2 4-3-4v-4l-4-6-12 1-7-2z",
        onClick: t[160] || (t[160] = (s) => e.onclick(s)),
        onDblclick: t[161] || (t[161] = (s) => e.ondblclick()),
        onMouseenter: t[162] || (t[162] = (s) => e.onenter(s)),
        onMouseleave: t[163] || (t[163] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-87",
        style: D({ display: n.config.displayDep["FR-87"] }),
        d: "m427 493-3 3-10-1h-1l-6 1-5 4v4h-7l-5 6-3 2 3 3-1 9-2 4 3 3h5l1 5 1 4-7 1-3 1 1 9-5 3-3 1-2 5h-3l-1 6h8l2 4-1 4 3 4 2-1 3-3 11 1 2 7 8 1 2 3-5 2 2 2 8 1v2l2-4 5 1 5-6 2 1 3-4h7l2-2h4l3-5 4-1 3-4 4 1h2l2-3-2-2v-4h2v-2l-4-4-6-2 1-5h-1l-2 3-7 1-3-1v-3l4-4-2-4-7 3 1-15-3-3-3-8-5-1-1-5 4-8v-6 1z",
        onClick: t[164] || (t[164] = (s) => e.onclick(s)),
        onDblclick: t[165] || (t[165] = (s) => e.ondblclick()),
        onMouseenter: t[166] || (t[166] = (s) => e.onenter(s)),
        onMouseleave: t[167] || (t[167] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-86",
        style: D({ display: n.config.displayDep["FR-86"] }),
        d: "m333 409-7 8-2 3 1 8h3v4l2 6 2 5-3 2 1 2-1 3v1l3 3v2l-2 3-4 6 4 2 2 3-2 4v2l-3 4v3h2v8l3 2-2 3 1 2 3 4 2-3v-1l3-2 2 2v5l-2 3-2 5 2 4 6 2-1 3-5 1 4 6 7-1 5-1 6 3 2-2-1-5 3-2 3 4 2 3 7-3 3-3h6l3 2 1-7-3-3 3-2 5-6h7v-5l5-3 9-2 1-5-4-2-2-8h-6l-3-4-7-5 1-5v-7l-6-6-1-5-6-7-3-8-2-1-3-4-3 2 1 3-9 3h-11v-12l-9-2v-4l-6-2-2-5h-3z",
        onClick: t[168] || (t[168] = (s) => e.onclick(s)),
        onDblclick: t[169] || (t[169] = (s) => e.ondblclick()),
        onMouseenter: t[170] || (t[170] = (s) => e.onenter(s)),
        onMouseleave: t[171] || (t[171] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-16",
        style: D({ display: n.config.displayDep["FR-16"] }),
        d: "m365 519-3 2 1 5-2 2-6-3-5 1-7 1-4-6h-2l-6 4-5 1v2l-3 4 1 1-4 3-2 11-1 7-3 1h-4l-1-2h-4l-2 2h-6l-4 2 3 2 1 8h1l-2 3 3 2 4 4 2 4 3 3-1 4-1 2 2 2v3l-5 3 2 2 3 1v1l-4 1v2l3 1 7-1 4 4 2 3 7 5 2-2 7 1 3-3 7-7v-12l17-12v-9h6l3-6h2l1-6h3l2-5 3-1 5-3-1-9 3-1 7-1-1-4-1-5h-5l-3-3 2-4v-3l-3-1h-6l-3 3-7 3-2-3z",
        onClick: t[172] || (t[172] = (s) => e.onclick(s)),
        onDblclick: t[173] || (t[173] = (s) => e.ondblclick()),
        onMouseenter: t[174] || (t[174] = (s) => e.onenter(s)),
        onMouseleave: t[175] || (t[175] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-79",
        style: D({ display: n.config.displayDep["FR-79"] }),
        d: "m320 416-10 1-9 1-10 1v5l-5 3-11-2-7 3 3 5v4l9 8-2 4 6 7-3 3 4 6 1 10-2 3 2 4-2 5v3l3-3 3 4-5 3-1 2-5 1-4 2h-1l1 6 4 4v2l5 5h8l5 7 8-1 7 4 5 3 1 4 3 3 3-2-1-2 3-4v-2l5-1 6-4 7-1 1-3-6-2-2-4 2-5 2-3v-6l-2-1-3 1v2l-2 3-3-4-1-2 2-3-3-2v-8h-2v-3l3-4v-2l2-4-2-3-4-2 4-6 2-3v-2l-3-3v-1l1-3-1-2 3-2-2-5-2-6v-4h-3l-1-8v1l-3-2z",
        onClick: t[176] || (t[176] = (s) => e.onclick(s)),
        onDblclick: t[177] || (t[177] = (s) => e.ondblclick()),
        onMouseenter: t[178] || (t[178] = (s) => e.onenter(s)),
        onMouseleave: t[179] || (t[179] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-22",
        style: D({ display: n.config.displayDep["FR-22"] }),
        d: "m113 220-3 3-8 1-2 2-6-4-7 5 2 4-5 7-2 9 5 1-1 4 3 2-2 3-3 1 1 4 4 1-4 1v5l3 3v11l-1 2 1 5 6 1v3l4 1 3-2 2 2 7 2 5-3 2-3h4l6 5 5-1 4 4h2l2 3h5l1-2 2 4 4 1 6-3v-4l4-1h3l3 5 7 1 4-4 4-9 5-2 2-3 3 2 6-1 2-16 1-7-1-4-3-1-2-11-3 3-7-1v4l-5 1v-5l-4-1-2 2v-7l-4 4-7-2-2 5-13 7v4h-3v-7l-8-4 1-6-7-5v-6l-5-1v-6l-4-1 1-4h-8l-1 4z",
        onClick: t[180] || (t[180] = (s) => e.onclick(s)),
        onDblclick: t[181] || (t[181] = (s) => e.ondblclick()),
        onMouseenter: t[182] || (t[182] = (s) => e.onenter(s)),
        onMouseleave: t[183] || (t[183] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-85",
        style: D({ display: n.config.displayDep["FR-85"] }),
        d: "m240 417-2 3h-6l3 3-2 6-6 2-2-2 1-6-1-3h-4l-2 2 1 9 3 4-3 3-5-1-7-2-2-6h-5l-6-3-2-4-7-4-10 14-1 9 11 10v4h3l7 20 7 4 8 7h8l3 7h8l4 6 8 4v-6l2 2 11-6 5-1 2 6 7-3 6 4 4-2 5-1 1-2 5-3-3-4-3 3v-3l2-5-2-4 2-3-1-10-4-6 3-3-6-7 2-4-9-8v-4l-3-5-5-4h-9l-3-2-4-1-5-4z",
        onClick: t[184] || (t[184] = (s) => e.onclick(s)),
        onDblclick: t[185] || (t[185] = (s) => e.ondblclick()),
        onMouseenter: t[186] || (t[186] = (s) => e.onenter(s)),
        onMouseleave: t[187] || (t[187] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-50",
        style: D({ display: n.config.displayDep["FR-50"] }),
        d: "m205 136-1 3 7 7v7l-3 4 2 2h1v7l2 6 8 9 2 9 2 2v13l4 9v10l-4 9 5 13 8 2v4l-3 2h-7l1 4 2 7 6 5 3 1 3-4h3l4-5 4 3h4l3 1v1l6 1 4-3 5 2 6-5 2-7v-3l1-3-4-4-9-6h-7l-7-9 6-2 2-5-3-2 3-3 2 2 5-3 3-4 1-5-2-4 2-2-3-4 3-4-3-3-2 4-5-3-7-6v-3l2-3v-3h-4v-8l-10-11 3-8h4l-3-9-16-1-8 6-9-6z",
        onClick: t[188] || (t[188] = (s) => e.onclick(s)),
        onDblclick: t[189] || (t[189] = (s) => e.ondblclick()),
        onMouseenter: t[190] || (t[190] = (s) => e.onenter(s)),
        onMouseleave: t[191] || (t[191] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-56",
        style: D({ display: n.config.displayDep["FR-56"] }),
        d: "m88 289-6 3h-4l-5 3v3l3 7 1 5 10 2 4 4 2-3 3 4-2 2v5h-3l-2 4h-4l-2 7 4 6 6 2 2-4-1 4 5 2 7 7 2 4-1 5-1 4 5 4 2-3-2-3v-6l4 1 2-5 1 3 4 4 3-4-3-5 4 6 5-1-1-3 5 2 4 4-2 3-5-2-5-2-3 3 4 2 3 5 20-2 5 1-2 2v4h2l3-3 2 2h6l7-4 10-3 1-11 2-1-4-7 3-3-1-1-1-2 3-1 3-4-1-3h-3l-1-4 2-3-3-6-4-2h-5l-2-1v-2l3-2 1-6-1-4-1 1h-7l-3-6h-3l-4 1v4l-6 4-4-2-2-4-2 2h-4l-2-3h-2l-4-4-5 1-6-5-5 1-1 3-6 3-7-3-1-2-3 2h-4v-3l-6-2z",
        onClick: t[192] || (t[192] = (s) => e.onclick(s)),
        onDblclick: t[193] || (t[193] = (s) => e.ondblclick()),
        onMouseenter: t[194] || (t[194] = (s) => e.onenter(s)),
        onMouseleave: t[195] || (t[195] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-29",
        style: D({ display: n.config.displayDep["FR-29"] }),
        d: "m60 231-5 4-4-2-8 1-1 4-5 1-1-4-8 1v3h-6l-2-2-3 2-1 4H7l-6 6 5 4-6 4 2 4-2 7 6 1 2-2 1 1 14-1 9-7-8 8 1 3 7-3-1 5h7v3l-8-1-7-2-9-3-5 5 7 3-1 9 2-1 4-6 8 4 3 1 2 5-2 4h-9l-8 1-12 1-2 3 3 2h4l4 3 4-1 8 9 2 9-3 5 8 2h8l2-4-4-4 4 1h3l6 3h3v-7l2 7 5 7 10 1v-2l2 3 7 1h4l1 1 1-7h4l3-4h2l1-5 1-2-3-3-2 2-4-4-9-1-2-6-3-7v-2l5-4h4l6-3-1-4 1-2v-11l-3-3v-5l4-1-4-1-1-4 3-1 2-3-3-2 1-4-5-1 2-9-6-4-10 1v7h-3v-3h-5z",
        onClick: t[196] || (t[196] = (s) => e.onclick(s)),
        onDblclick: t[197] || (t[197] = (s) => e.ondblclick()),
        onMouseenter: t[198] || (t[198] = (s) => e.onenter(s)),
        onMouseleave: t[199] || (t[199] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-35",
        style: D({ display: n.config.displayDep["FR-35"] }),
        d: "m199 244-4 3 3 12 3 1 1 3-1 7-2 16-6 1-3-2-2 3-5 2-4 9-3 3 1 3-1 6-3 3v2l2 1h5l5 2 3 6-3 3 1 4h4v4l-3 3-3 2 2 1v2l-3 2 4 7 7-3 22-2 2-4 3-3 8-1 1-4h5l3 5 8 2 1-3 2-7 5-11 2-2 6 1v-10l-2-2v-11l-1-3v-6l3-4v-7l-2-1 1-11-3-1h-4l-4-3-4 5h-3l-3 4h-3l-6-6-2-7-1-4h-18l-7-4 5-6z",
        onClick: t[200] || (t[200] = (s) => e.onclick(s)),
        onDblclick: t[201] || (t[201] = (s) => e.ondblclick()),
        onMouseenter: t[202] || (t[202] = (s) => e.onenter(s)),
        onMouseleave: t[203] || (t[203] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-44",
        style: D({ display: n.config.displayDep["FR-44"] }),
        d: "m230 336-1 4-8 1-3 4-1 3-23 2-9 5-1 10-10 4-7 3h-5l-3-2-3 3h-1l1 1-6 7 1 1 2 3-4 5 4 2 7 2v-3l4 5h7l5-5h6l-7 3 1 4 1 3-4 4h-4l1 5 7-1 10 9h-1l7 4 2 4 6 3h5l2 6 7 2 5 1 3-3-3-4-1-9 2-2h4l1 3-1 6 2 2 6-2 2-6-3-3h6l2-3h2l5 4 3 1v-4l-2-4h-6l2-2v-3l3-1 1-4-1-1v-5h-4l-4-5v-3l4-3 8-1h11l4-2-1-7-6-5h-6l-2-1v-6l4-4-3-4-3-6-3-3v-4l-1-1-7-2-3-4z",
        onClick: t[204] || (t[204] = (s) => e.onclick(s)),
        onDblclick: t[205] || (t[205] = (s) => e.ondblclick()),
        onMouseenter: t[206] || (t[206] = (s) => e.onenter(s)),
        onMouseleave: t[207] || (t[207] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-49",
        style: D({ display: n.config.displayDep["FR-49"] }),
        d: "m247 341-1 2h-1v5l4 2 3 7 3 4-4 4v6l2 1 6-1 6 5 1 8-4 2h-11l-8 1-4 2v4l4 5h4v5l2 1-2 4-3 1v3l-2 2h6l3 4v4l3 2h9l5 4 7-3 11 2 5-3v-5l10-1 9-1 10-1 1 3 3 2 2-4 7-8h3l4-15 5-6v-8l4-5v-2l-2-2 1-3-5-1-15-10-14-4h-5v-4l-4-2h-3l-6-3-5 5h-9l-4-2-11-4-2 3-6-3h-6z",
        onClick: t[208] || (t[208] = (s) => e.onclick(s)),
        onDblclick: t[209] || (t[209] = (s) => e.ondblclick()),
        onMouseenter: t[210] || (t[210] = (s) => e.onenter(s)),
        onMouseleave: t[211] || (t[211] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-72",
        style: D({ display: n.config.displayDep["FR-72"] }),
        d: "M358 273h-9l-10 9h-5l-7 2-2 4-1 7 1 5-6 5-1 3 1 3-2 3 1 2h-6l-1 3 3 6-1 2-2 2-5 1-1 1 2 2v11l-1 3 3 2v4h5l14 4 15 10 5 1 3-4 7 5h4l-2-8 4 3 2-3 11-3-2-5 3-3 5-2 5-6v-7h4l1-5 1-8-4-3 3-5 4-6-5-3-5-1-5-7h-1l-1 3v-2h-7l-4-6-6-2-2-13z",
        onClick: t[212] || (t[212] = (s) => e.onclick(s)),
        onDblclick: t[213] || (t[213] = (s) => e.ondblclick()),
        onMouseenter: t[214] || (t[214] = (s) => e.onenter(s)),
        onMouseleave: t[215] || (t[215] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-53",
        style: D({ display: n.config.displayDep["FR-53"] }),
        d: "M321 263h-3l-2 4-5 2-10-1-10 5-3-2-6 4-4-3-2-5-6-2-3 3-6-1-1 10 2 1v7l-3 4v6l1 3v11l2 2v10l-6-1-2 2-5 11-2 7-1 1 7 1h5l6 4 3-3 10 4 5 2h9l4-5 7 3h4l1-3v-11l-2-2 1-2h5l2-2 1-2-3-6 1-3h6l-1-2 2-4-1-2 1-3 6-5-1-4 1-8 2-4 7-2h-1l-2-6-5-2-1-8z",
        onClick: t[216] || (t[216] = (s) => e.onclick(s)),
        onDblclick: t[217] || (t[217] = (s) => e.ondblclick()),
        onMouseenter: t[218] || (t[218] = (s) => e.onenter(s)),
        onMouseleave: t[219] || (t[219] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-14",
        style: D({ display: n.config.displayDep["FR-14"] }),
        d: "m359 173-9 2-13 8-16 6-12-7-30-4-7-4-10 3v4l-2 2v3l7 7 5 2 2-4 3 3-3 4 3 4-2 2 2 4-1 5-3 5-5 2-2-1-3 2 3 3-2 4-6 2 7 9h7l5 4 7-3 6-6 7 2 7-4 4-2 4 5 7-2 6 4 7-3 7-5 4-5h3l1 3h2l1-3 7-1 2 1 7-1 2-4-1-3-4-1v-3l3-2 1-4-2-8-5-7 4-2v-1l-4-1z",
        onClick: t[220] || (t[220] = (s) => e.onclick(s)),
        onDblclick: t[221] || (t[221] = (s) => e.ondblclick()),
        onMouseenter: t[222] || (t[222] = (s) => e.onenter(s)),
        onMouseleave: t[223] || (t[223] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-61",
        style: D({ display: n.config.displayDep["FR-61"] }),
        d: "m366 223-7 1-2-1-7 1-1 3h-2l-1-3h-3l-4 5-7 5-7 3-6-4-7 2-4-5-4 2-7 4-7-2-6 6-7 3 4 2 4 4-1 3v3l-2 7-6 6 2 4 4 3 6-4 3 2 10-5 10 1 5-2 2-4h3l4 3 1 8 5 2 2 6h6l10-9h9l3 4 2 13 6 2 4 6h7v2l1-4h1l6 8 3 1v-9l-2-3-1-3 6-3 5-1 4-5-1-13-8-7v-6l-6-4 2-4-2-5-5-2-3-3-2-5-10-1-3-4z",
        onClick: t[224] || (t[224] = (s) => e.onclick(s)),
        onDblclick: t[225] || (t[225] = (s) => e.ondblclick()),
        onMouseenter: t[226] || (t[226] = (s) => e.onenter(s)),
        onMouseleave: t[227] || (t[227] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-28",
        style: D({ display: n.config.displayDep["FR-28"] }),
        d: "m441 225-2 2v6l-8 4v5l-2 2h-9l-4-1-13 7h-5l-5 4 1 1v6l8 7v13l-3 5-6 1-5 3 1 3 2 3v9h1l5 3-2 3 4 2 5-1h4v1l-4 2 3 1h5l2 5 3 1 2 5 8 3 5-1 4-4 4 1 1-2v-3l2-1 3 2 3-2v-2l2-2 3 1 2 2 4-2h5l3-3 2-7h3l-1-7 3-3-1-2 1-1h-1l-1-9-1-2-1-4-7-2-3-4-1-7-5-1v-4l-6-4-2-6 2-4-2-3v-4l1-4-3-3-1-4z",
        onClick: t[228] || (t[228] = (s) => e.onclick(s)),
        onDblclick: t[229] || (t[229] = (s) => e.ondblclick()),
        onMouseenter: t[230] || (t[230] = (s) => e.onenter(s)),
        onMouseleave: t[231] || (t[231] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-89",
        style: D({ display: n.config.displayDep["FR-89"] }),
        d: "m572 283-3 3-14-1-6 3-3 6 3 3-4 5-4 4 7 6 2 6 4 5v6l-9 8 3 4v5l-6 4h-7l1 4 5 6 1 6 1 4-2 1 5 1h3l2-3h2l3 2-1 3 3 2h3l5 3 2-1 2 2 2-1 3-2 4 1 2-1v-6h1l1 3 4 3v4h6l8 7 5 1v-3l2-3 1 3-1 2 1 2 3-1h3v5l3 2 2-1 6-4v-1l-4-2v-4l4-1 1-2-1-2v-4l3-4 4-9 1-4 3-1v-1l-2-1v-3l5-3 1-5-2-3h-3l-1-1v-4l4-3v-3l-1-2-2 4-2-1-2-4-8 4-14-1-2-4-4-5v-7l-6-7-4 3-6-5 1-10-9-10h-5l-2-2z",
        onClick: t[232] || (t[232] = (s) => e.onclick(s)),
        onDblclick: t[233] || (t[233] = (s) => e.ondblclick()),
        onMouseenter: t[234] || (t[234] = (s) => e.onenter(s)),
        onMouseleave: t[235] || (t[235] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-70",
        style: D({ display: n.config.displayDep["FR-70"] }),
        d: "m766 317-6 1-2 3-3 3-3-3-1 1 1 2-4 2 1 3-3 2v5h-6v2l-5 1v5h4l-2 2-1 8h-3l-6 1-6-1-5 1v4l4 1 3 6 1 3-5 5-2 1-2 2 4 1 1 6h3l1 8 1 1v1l3 1 3 3h5l2-2h6l7-6h2l3-2 7 1 6-5 4-1 2-4 3-1 3-5 5-4 5-1 3 3 7-1v-4l3-1 2-3h4l3-3v-9l-1-6v-4l3-2 3-2-12-7-3-3-3-2-3 1-1 2-2 2h-2l-6-6h-7l-4 2-2 1-5-4v-4z",
        onClick: t[236] || (t[236] = (s) => e.onclick(s)),
        onDblclick: t[237] || (t[237] = (s) => e.ondblclick()),
        onMouseenter: t[238] || (t[238] = (s) => e.onenter(s)),
        onMouseleave: t[239] || (t[239] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-76",
        style: D({ display: n.config.displayDep["FR-76"] }),
        d: "m431 106-2 3-16 12-27 7-18 6-15 8-9 13-1 10 7 6 10 2h-1l8-1 4-4 3-1 4 6h5l2 4 8-1 9 6-5 2 4 3h2l3 5h4l1-3-3-2 9-3 9-1 2-6 5-4 8-1 10 5 5 1 1-3 3-5 1-2h-3v-6l-2-4 1-7 1-4h-2l1-4 4-4-4-6-1-7-16-15-2-4h-4z",
        onClick: t[240] || (t[240] = (s) => e.onclick(s)),
        onDblclick: t[241] || (t[241] = (s) => e.ondblclick()),
        onMouseenter: t[242] || (t[242] = (s) => e.onenter(s)),
        onMouseleave: t[243] || (t[243] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-27",
        style: D({ display: n.config.displayDep["FR-27"] }),
        d: "m374 167-3 1-4 4-8 1 1 14 4 1v1l-4 2 5 7 2 8-1 4-3 2v3l4 1 1 3-3 9 3 3 10 1 2 5 3 3 5 2 2 5-2 4 5 3 5-4h5l13-7 4 2h9l2-3v-5l8-4v-6l1-2v-1l2-2-3-1v-2l-2-3 2-2 10-3 2-4 2-8 3-4 1-4 3 2 2-1-1-3-1-8-4-3-5-1-10-5-8 1-5 3-2 7-9 1-9 3 3 2-1 3h-4l-3-5h-2l-4-3 5-2-9-6-8 1-2-4h-5z",
        onClick: t[244] || (t[244] = (s) => e.onclick(s)),
        onDblclick: t[245] || (t[245] = (s) => e.ondblclick()),
        onMouseenter: t[246] || (t[246] = (s) => e.onenter(s)),
        onMouseleave: t[247] || (t[247] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-37",
        style: D({ display: n.config.displayDep["FR-37"] }),
        d: "m376 356 1 2-11 3-2 3-4-3 2 8h-4l-7-5-4 7 2 2v2l-4 5 1 8-6 7-4 14 2 6 6 2v4l9 2v12h10l10-3-1-4 3-1 3 4 2 1 3 8 6 7 1 5 5 6 3-1 4-3 3-15 2-5 1-7 6-2 4 1 2 2 3-4 3-3v-3h3l1-3-3-4 1-2-2-2-6-8h-7l-2-3v-12l-3-8v-9l-4-1-4-3h-1l-4 3-2-2-1-3 3-2v-1l-1-1z",
        onClick: t[248] || (t[248] = (s) => e.onclick(s)),
        onDblclick: t[249] || (t[249] = (s) => e.ondblclick()),
        onMouseenter: t[250] || (t[250] = (s) => e.onenter(s)),
        onMouseleave: t[251] || (t[251] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-45",
        style: D({ display: n.config.displayDep["FR-45"] }),
        d: "m490 289-5 4-10 1-1 1 1 2-3 3 1 7h-3l-2 7-3 3h-5l-4 2-2-2-3-1-2 2v3l-3 1-3-2-2 1v3l-1 2h4v2l-2 4v2h2l2 2v2l-4 4 2 5v2l4 3h4l3 3 1 4 3 4 4-1 2-3h5l2 2h3l2-2h13l3 5 4 1 3 3h4l1-2h2l3 4h6l2 2 4 6 2 1h2v-5h3l2 3 2 1 4-1-1-1v-4l7-2-1-4-1-6-5-6-1-4h8l5-4v-5l-3-4 9-8v-6l-4-5-2-6-7-6-9 5v-3h-4l-1 3h-14l-4 2-3-2 6-4-1-7-4-2-4-5-9-1z",
        onClick: t[252] || (t[252] = (s) => e.onclick(s)),
        onDblclick: t[253] || (t[253] = (s) => e.ondblclick()),
        onMouseenter: t[254] || (t[254] = (s) => e.onenter(s)),
        onMouseleave: t[255] || (t[255] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-36",
        style: D({ display: n.config.displayDep["FR-36"] }),
        d: "m455 401-3 1h-4l-6 2-1 3-1-1h-6l-3 2-3 1-1 2 3 4-1 3h-3v3l-3 3-3 4-2-2-4-1-6 2-1 7-2 5-3 15-4 3-3 1h1v7l-1 5 7 5 3 4h6l2 8 4 2-1 6h-3 1l10 1 3-3 6 5 7-8 3 2h4l2 1h6l2-6 18 3 7 1h3l1-3 3-4v-3l-3-4 1-1v-5l2-2v-1l-3-2-1-4-5-3v-3l4-2v-2l-4-3-1-2 3-1-1-2 5-4-1-1h-3l-2-2v-2l2-3v-2l-4-6v-5l-2-1h-5l-4 1h-5l-2-2-1-2 4-3v-4l-5-4z",
        onClick: t[256] || (t[256] = (s) => e.onclick(s)),
        onDblclick: t[257] || (t[257] = (s) => e.ondblclick()),
        onMouseenter: t[258] || (t[258] = (s) => e.onenter(s)),
        onMouseleave: t[259] || (t[259] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-41",
        style: D({ display: n.config.displayDep["FR-41"] }),
        d: "m395 311-2 3-3 5 4 3-1 8-1 5h-4v7l-5 6-5 2-3 3 1 3 18 1 1 1v1l-3 2 1 3 2 2 4-3h1l4 3 4 1v9l3 7v13l2 3h7l6 9 1 1h1l3-1 3-2h6l1 1 1-3 6-2h4l3-1 3 3 5 4 5-1v-4l2-3h2l2 2 7-1 5-2-1-2-1-2v-3l3-6 5-2v-4l1-2-3-1-2-4-4-1-1-2 5-4 5-3-3-4h-13l-2 2h-3l-2-2h-5l-2 3-4 1-3-4-1-4-3-3h-4l-4-3v-2l-2-5 4-4v-2l-2-2h-2v-2l2-3v-3h-3l-5-1-4 4-5 1-8-2-2-6-3-1-2-4h-5l-3-2 4-2v-1h-4l-5 1z",
        onClick: t[260] || (t[260] = (s) => e.onclick(s)),
        onDblclick: t[261] || (t[261] = (s) => e.ondblclick()),
        onMouseenter: t[262] || (t[262] = (s) => e.onenter(s)),
        onMouseleave: t[263] || (t[263] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-18",
        style: D({ display: n.config.displayDep["FR-18"] }),
        d: "m493 363-5 3-5 4v2l5 1 2 4 3 1-1 2v4l-5 2-3 6v3l1 2 1 2-5 2-7 1-2-2h-2l-2 3v4l-5 1v4l-4 3 1 2 2 2h5l4-1h5l2 2v4l4 6v2l-2 3v2l2 2h3l1 1-5 4 1 2-3 1 1 2 4 3v2l-4 2v3l5 3 1 4 3 2v1l-2 2v5l-1 1 3 4v3l-3 4v3l8-1 2-4 4-5 9-2 5 1 5-4v-2l-2-2v-6l10-9 3 4 3-4h3l5-6h9v2l3-9-2-3v-5l1-9-4-4 1-9-4-7v-5l-6-5-2-5 4-4v-7l-4-4-4 1-1-1-3-3h-3v5h-2l-2-1-4-6-2-2h-6l-3-4h-2l-1 2h-4l-3-3-4-1z",
        onClick: t[264] || (t[264] = (s) => e.onclick(s)),
        onDblclick: t[265] || (t[265] = (s) => e.ondblclick()),
        onMouseenter: t[266] || (t[266] = (s) => e.onenter(s)),
        onMouseleave: t[267] || (t[267] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-21",
        style: D({ display: n.config.displayDep["FR-21"] }),
        d: "M655 320v5l-5 2h-12l1 3v3l-4 2v5l1 1h3l2 2-1 6-5 3v3l2 1v1l-3 1-1 4-4 8-3 5v4l1 2-1 2-4 1v4l4 2 1 3-1 4v3l2 3 5 1 2 4v1l-2 1v3h1l7 8 7-1 6 5 5 4v4l5 1 4 3 11-3 8-3h3l1-2h4l3 2 4-1 4-3 3 1v-1l3-1-1-2-1-2 2-3 6-3v-3l3-3 2-2-1-3 1-4 1-6h1v-2l-1-1-1-8h-3l-1-5-4-2 2-2 2-1 5-5-1-3-3-6-4-1-1 4-8 2-1-2-6-8-3 2h-4l-2-3-6 1v-7l-3-2 4-5-8-11-6-7-6-3z",
        onClick: t[268] || (t[268] = (s) => e.onclick(s)),
        onDblclick: t[269] || (t[269] = (s) => e.ondblclick()),
        onMouseenter: t[270] || (t[270] = (s) => e.onenter(s)),
        onMouseleave: t[271] || (t[271] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-58",
        style: D({ display: n.config.displayDep["FR-58"] }),
        d: "m551 369-2 3h-3l-5-1-5 1v4l5 5v7l-4 4 2 5 6 5v5l4 7-1 9 4 4-1 9v5l2 3-3 9v3l6 3 5 4 3-2 4-2 1 3h5l2-3 3 2 1 5 3-1 7-9 3 2 1 1 5-3h3l2 4h3l3-3h3l3-3 2-1 1-2 5 1 1-2-3-2v-2l4-2v-2l-4-2v-8l-2-1 2-3 1-1 2-3-2-1-2-3 3-4 4-2h5v-4l2-1v-1l-2-4-6-1-1-3v-3l1-4-1-2-6 4-2 1-3-2v-5h-3l-3 1-1-2 2-2-2-3-2 3v3h-5l-8-8h-6v-4l-4-3-1-3h-1v6l-2 1-4-1-3 2h-2l-2-1-2 1-5-3h-3l-3-2 1-3-3-2z",
        onClick: t[272] || (t[272] = (s) => e.onclick(s)),
        onDblclick: t[273] || (t[273] = (s) => e.ondblclick()),
        onMouseenter: t[274] || (t[274] = (s) => e.onenter(s)),
        onMouseleave: t[275] || (t[275] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-71",
        style: D({ display: n.config.displayDep["FR-71"] }),
        d: "M633 413v1h-5l-4 2-3 4 2 3 2 1-1 3-2 1-2 3 2 2v7l4 2v2l-4 2v2l3 2-1 2-5-1-1 2-2 1-3 3h-3l-3 3h-3l-2-4h-3l-5 3 7 13v5l1 2h7l2 3h5l3 4v14l-8 6h1l1 6 5 1 1 3h3l4-3 12 2 2 2 3-3h4l2-11 1-1h4l4 3 4-3 2 3 3-4h4l2 6 1 7h3l2-5 7-26 2-5h4l4 3 3-1 4-2h3l2 5 2 1 10-1 4-3-2-2-4-2-1-5 4-3 1-6-3-5-2-3 1-1v-4l-3-2v-3l8-1 1-3h-3l-2-2h-4l-3-6h-3v-4l-3-1-4 3-4 1-3-1-4-1-1 2h-3l-8 3-11 3-4-3-5-1v-4l-5-4-6-5-7 1-7-8z",
        onClick: t[276] || (t[276] = (s) => e.onclick(s)),
        onDblclick: t[277] || (t[277] = (s) => e.ondblclick()),
        onMouseenter: t[278] || (t[278] = (s) => e.onenter(s)),
        onMouseleave: t[279] || (t[279] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-39",
        style: D({ display: n.config.displayDep["FR-39"] }),
        d: "M725 394v1h-1l-1 6-1 4 1 3-2 2-3 3v3l-6 3-2 3 1 2 1 2-3 1v5h3l3 6h4l2 2h3l-1 3-8 1v3l3 2v4l-1 1 2 3 3 5-1 6-4 3 1 5 4 2 2 2-4 3-10 1 5 2 7 10 5 2v5l5-1 7-7 6 2v5h10l15-17v-8l6-6-4-2 1-2h-5v-3l3-3-1-2-2-4 7-2 2-4 1-4-5-5-4-1-8-2v-8l-1-5-6 1-10-4 1-3 3-6v-3l-2-4-5-3v-6h-4l-1 2h-5l-3-3z",
        onClick: t[280] || (t[280] = (s) => e.onclick(s)),
        onDblclick: t[281] || (t[281] = (s) => e.ondblclick()),
        onMouseenter: t[282] || (t[282] = (s) => e.onenter(s)),
        onMouseleave: t[283] || (t[283] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-51",
        style: D({ display: n.config.displayDep["FR-51"] }),
        d: "m607 176-4 2 1 4h-8l-7 5v9l5 3 2 4h-9v4l3 2-2 2-3 2 1 2h4l2 3-3 2-3 7-5 3-2 4-2 2 1 2-3 2-1 5 3 2 1 5-2 3 2 3h5v1h1l7 7 8-2 11-7h6l6-4 7-4h6l1 7 6 10h8l10-2 7 3 8-6 1-9 8-1v-6l-7-5v-3l2-5-2-2 2-5 4-2 3-9-6 1 4-4-3-8-2-5 3-3-2-1-1-2-3-3-4 4h-1l-2-2h-8l-2 2h-2l-3-5h-4l-2 1h-4l-6-5-4-1-2-2-7-5h-9v3l-2 1z",
        onClick: t[284] || (t[284] = (s) => e.onclick(s)),
        onDblclick: t[285] || (t[285] = (s) => e.ondblclick()),
        onMouseenter: t[286] || (t[286] = (s) => e.onenter(s)),
        onMouseleave: t[287] || (t[287] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-60",
        style: D({ display: n.config.displayDep["FR-60"] }),
        d: "m459 141-2 2-1 4h2l-1 4-1 7 2 4v6h3l-1 2-3 5-1 3 4 3 1 8 1 3-2 1-3-2-1 4 2 3 2 4 10 1 7-1 4-4 6 4 3 2 4-1 4-2 8 4 8 5 2 3 4-3 4 2 2 2 4-1 2-3 5 3 6-2 3 1 4-3 2-1h1l1-5-3-3-4-3-2 3-1 1-1-6 4-1-1-5h-4l2-4 6-1 2-9 4-2-5-3 2-3v-11l-1-9-8 1-5-1-9 3-9 8-6-3h-7l-5-5-9-3-13 1-3-2h-6l-5 1-2-1v-4l-1-1z",
        onClick: t[288] || (t[288] = (s) => e.onclick(s)),
        onDblclick: t[289] || (t[289] = (s) => e.ondblclick()),
        onMouseenter: t[290] || (t[290] = (s) => e.onenter(s)),
        onMouseleave: t[291] || (t[291] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-62",
        style: D({ display: n.config.displayDep["FR-62"] }),
        d: "m482 9-20 3-16 13v50l5 1 2 4 4-1 3-3 3 1 7 5 2-1 2 4 7 3v4l5 2 4-2 9-1 2 2 5-2 2 4-6 3v5l2 2h2l1-3 3-2 3 2 8 3h3v-4l5 3v3l-2 3 4-2 3-1 2 2v3l5-3h9l2-4-1-2h-7l-2-1 4-2h6l1-6 2-2v-3l-4-3h-5l-1-1 3-2 1-2-3-2-3-4v-2l5-3 1-2-4-2-2-4-6-1-7-2v-7l4-3-2-4h-3l-3 4-11-1-9-2-5-5v-5l4-1-4-3h-8l-4-12-8-12z",
        onClick: t[292] || (t[292] = (s) => e.onclick(s)),
        onDblclick: t[293] || (t[293] = (s) => e.ondblclick()),
        onMouseenter: t[294] || (t[294] = (s) => e.onenter(s)),
        onMouseleave: t[295] || (t[295] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-59",
        style: D({ display: n.config.displayDep["FR-59"] }),
        d: "m512 0-11 6-18 2h-2l8 12 4 12h8l4 3-4 1v5l5 5 9 2 11 1 3-4h3l2 4-4 3v7l7 2h6l2 5 4 2-1 2-5 2v3l3 4 3 2-1 2-3 2 1 1h5l4 3v3l-2 2-1 6h-6l-4 2h6l3 1 1 2-2 4 3 3 3 1 3-2h4l1 2h1l5-3 4 3 6-4h2l3 2 6-4 2 1 2 2h9v3l4-3h2l2 4 7 2 2-1h-1v-4l7-4-1-7-7-2 2-1v-5l5-4-1-3-12-9-20 1-2 4h-3l1-13-6-7-5 1-2-3-7 3-3-3h-5l-1-5-1-14-3-2v-2h-2l-1-4h-5l-9 3-4 5h-5l-2-3-1-4-4-4h-5l-2-4v-6l2-4-1-6z",
        onClick: t[296] || (t[296] = (s) => e.onclick(s)),
        onDblclick: t[297] || (t[297] = (s) => e.ondblclick()),
        onMouseenter: t[298] || (t[298] = (s) => e.onenter(s)),
        onMouseleave: t[299] || (t[299] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-02",
        style: D({ display: n.config.displayDep["FR-02"] }),
        d: "m591 107-6 5-3-3h-2l-6 4-4-3-5 3h-1l-1-2h-4l-3 2v5l-4 5v5l-3 3v5l2 7 2 13v11l-2 3 5 3-4 2-2 9-6 1-2 4h4l1 5-4 1 1 6 1-1 2-3 4 3 3 3-1 5 3 3 1 8 10 9 3 1 2 4 6 2 1-1 2-4 5-3 3-7 3-2-2-3h-4l-1-2 3-2 2-2-3-2v-4h9l-2-4-5-3v-9l7-6h8l-1-3 4-2 7 4 2-1v-12l1-4 1-5-4-3 1-3 6-1v-5l6-3 1-4-2-3 1-6 3-2-3-7 1-6h-7l-2 1-7-2-2-4h-2l-4 4-1-4h-8l-2-2z",
        onClick: t[300] || (t[300] = (s) => e.onclick(s)),
        onDblclick: t[301] || (t[301] = (s) => e.ondblclick()),
        onMouseenter: t[302] || (t[302] = (s) => e.onenter(s)),
        onMouseleave: t[303] || (t[303] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-80",
        style: D({ display: n.config.displayDep["FR-80"] }),
        d: "m446 75-1 12 8 7v4l-10-6-12 14 3 1h4l2 4 16 15 1 7 4 6-2 2h5l1 1v4l2 1 5-1h6l3 2 13-1 9 3 5 5h7l6 3 9-8 9-3 5 1 8-1-1-4-2-7v-4l3-4v-5l4-5v-5l-3-1-4-3h-8l-6 3v-3l-1-2-3 1-4 2 2-3v-3l-5-3v4h-3l-8-3-3-2-3 2-1 3h-2l-2-2v-5l6-4-2-3-5 2-2-2-9 1-4 2-5-2v-4l-7-3-2-4-2 1-7-5-3-1-3 3-4 1-2-4z",
        onClick: t[304] || (t[304] = (s) => e.onclick(s)),
        onDblclick: t[305] || (t[305] = (s) => e.ondblclick()),
        onMouseenter: t[306] || (t[306] = (s) => e.onenter(s)),
        onMouseleave: t[307] || (t[307] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-08",
        style: D({ display: n.config.displayDep["FR-08"] }),
        d: "m663 96-3 5-4 3v8l-4 3-8 2-4 2-5-4h-7l-1 7 3 6-3 3v5l1 3-1 4-6 3v5l-6 1-1 3 4 3-1 4-1 5v9h9l7 5 2 2 4 1 6 5h4l2-1h4l3 5h2l2-3 8 1 2 2h1l4-4 3 3v-2l5-2 2-2-2-4v-2l4-3 1-8-4-5 1-3 4-6 1 1h6l2 2 3-2 3-4h-3l-1-7-3-3-10-1-2-4-3-3-12-1-1-8 2-2v-3l-6-4 1-4 2-3-3-2 4-4v-6l-1-2h-6z",
        onClick: t[308] || (t[308] = (s) => e.onclick(s)),
        onDblclick: t[309] || (t[309] = (s) => e.ondblclick()),
        onMouseenter: t[310] || (t[310] = (s) => e.onenter(s)),
        onMouseleave: t[311] || (t[311] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-10",
        style: D({ display: n.config.displayDep["FR-10"] }),
        d: "m629 249-7 4-6 4h-6l-11 7-8 2-7-7h-1v1l-5 3v4l-3 3-2 8v5l2 2h4l10 10-2 10 7 5 4-3 5 7 1 7 4 5 2 4 14 1 8-4 2 4h2l2-4h12l5-2v-5h11l1 1-1-5-3-2 4-3 6-1 3-3-1-13-1-8-7-2-6-9v-6l2-4-3-1-10 2h-8l-6-10-1-7z",
        onClick: t[312] || (t[312] = (s) => e.onclick(s)),
        onDblclick: t[313] || (t[313] = (s) => e.ondblclick()),
        onMouseenter: t[314] || (t[314] = (s) => e.onenter(s)),
        onMouseleave: t[315] || (t[315] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-52",
        style: D({ display: n.config.displayDep["FR-52"] }),
        d: "m684 251-8 1-1 9-8 6-4-2-2 4v6l6 9 7 2 1 8 1 13-3 3-6 1-4 3 3 2 1 5 5 2 6 7 8 11-4 5 3 2v7l6-1 2 3h4l3-1 6 7 1 2 8-2 1-4v-4l5-1 6 1 6-1h3l1-8 2-2h-4v-5l5-1v-2h6v-5l3-2-1-3h1l-3-3-4 1v-7l-10-5 2-10 4-2-1-3-5-1-1-5h-5l-5-6-5-1-3-4 3-3-7-8-4-1-8-4-5-5-7-1z",
        onClick: t[316] || (t[316] = (s) => e.onclick(s)),
        onDblclick: t[317] || (t[317] = (s) => e.ondblclick()),
        onMouseenter: t[318] || (t[318] = (s) => e.onenter(s)),
        onMouseleave: t[319] || (t[319] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-67",
        style: D({ display: n.config.displayDep["FR-67"] }),
        d: "m872 200-7 2-3 5v6l-3 2h-2l-5-3-4 3h-4l-4-4-7-1-3-2-2-5-3 3-2 9-5 1v5l5 2 4 2-2 4 3 2 6-4 10 5-4 8v3l3 3-2 7-7 8-4-1 3 3-2 6 2 10 6 2v1h5l3 3 3 4h7l3 9 6 2v-1l9-18-1-11 5-14 1-12 9-7v-4l4-5h2l4-3-1-6 3-9 5-1-5-4-9-1-8-4-5 3-3-3z",
        onClick: t[320] || (t[320] = (s) => e.onclick(s)),
        onDblclick: t[321] || (t[321] = (s) => e.ondblclick()),
        onMouseenter: t[322] || (t[322] = (s) => e.onenter(s)),
        onMouseleave: t[323] || (t[323] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-54",
        style: D({ display: n.config.displayDep["FR-54"] }),
        d: "m726 156-4 4h-7l-2 2v5l2 3-1 2-1 3 1 1 2-1 1-3 4-1 6-1 3 2 1 3 1 3v3l2 2v2l-2 2v5l2 2v7l2 2 3 2-1 2 4 4-3 4v2l4 2v2h-4l-2 2v2l3 3-3 7-2 6 1 4v6l1 3h2l2 2h-4l-2 2v2l3 3v5l4-1h5v6h2l-2 2v2l3 1 3 3 12-1 2-4h6l2-2 3 2 3-1h5l4-1 4-3 2 2v-5l3-1 1 5h5l4 1h2l6-2 3-3 3-3 5-2 4-1-2-2h5l-5-2-6-4-5-4h-6l-7-4h-5v-2l-8-4-10-4h-4l-2-5-7-9h-7l-3-4h-6l1-6-8-4 1-5h4v-4l1-3-3-3 3-5-2-5-2-2-5-10 2-3v-5h-5l-7-7z",
        onClick: t[324] || (t[324] = (s) => e.onclick(s)),
        onDblclick: t[325] || (t[325] = (s) => e.ondblclick()),
        onMouseenter: t[326] || (t[326] = (s) => e.onenter(s)),
        onMouseleave: t[327] || (t[327] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-77",
        style: D({ display: n.config.displayDep["FR-77"] }),
        d: "m552 208-2 1-4 3-3-1-6 2-5-3-2 3h-4l-2-1-4-2-4 3v-1l-2 10 3 13v8l-3 8v4l-3 3 2 10-1 2-2 9 3 3-8 6v7l2 3 4 2 1 7-6 4 3 3 4-3h14l1-3h4v3l9-5 4-4 4-5-3-3 3-6 6-3 14 1 3-3h1v-6l2-7 3-3v-4l5-3v-2h-6l-1-3 2-3-1-5-3-2 1-5 3-2-1-2 1-1-6-2-2-4-3-1-10-9-1-8z",
        onClick: t[328] || (t[328] = (s) => e.onclick(s)),
        onDblclick: t[329] || (t[329] = (s) => e.ondblclick()),
        onMouseenter: t[330] || (t[330] = (s) => e.onenter(s)),
        onMouseleave: t[331] || (t[331] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-68",
        style: D({ display: n.config.displayDep["FR-68"] }),
        d: "M844 282h-5l-4 8-4 8 1 6-4 8-6 5v14l-4 4v1l1 2 6 1 6 5 2 2-1 4-2 4 1 4 5-1 1 4 2 8 4-1-1 4 3 2h13l7-5 1-8 3-5-5-5-2-6 3-4v-9l2-4v-8l3-4-4-5v-11l-5-2-4-9h-7l-3-4z",
        onClick: t[332] || (t[332] = (s) => e.onclick(s)),
        onDblclick: t[333] || (t[333] = (s) => e.ondblclick()),
        onMouseenter: t[334] || (t[334] = (s) => e.onenter(s)),
        onMouseleave: t[335] || (t[335] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-55",
        style: D({ display: n.config.displayDep["FR-55"] }),
        d: "m705 152-3 5-3 2-3-3h-5l-1-1-4 7-1 2 4 6-1 7-4 3v2l2 4-2 2-5 2 1 4 2 1-3 3 2 5 3 8-4 4 6-1-3 9-4 2-2 6 2 1-2 5v3l7 5 1 13 7 1 5 5 8 4 4 1 7 8-1 1 7-1v-3l7-1v-3h2v2l5-1 3-3h-1v-5l-4-3v-2l3-2h4l-2-2h-1l-2-3v-6l-1-4 2-6 3-7-3-3v-2l2-2h4v-2l-4-2v-2l3-4-4-4 1-2-3-2-2-2v-7l-2-2v-5l2-2v-2l-2-1v-4l-1-3-1-3-3-2-6 2h-4l-2 3-1 2-1-2 1-2 1-3-2-3v-4h-2l-1-7-3-3h-2z",
        onClick: t[336] || (t[336] = (s) => e.onclick(s)),
        onDblclick: t[337] || (t[337] = (s) => e.ondblclick()),
        onMouseenter: t[338] || (t[338] = (s) => e.onenter(s)),
        onMouseleave: t[339] || (t[339] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-57",
        style: D({ display: n.config.displayDep["FR-57"] }),
        d: "M765 160h-5l-4 4-1 1h-6l-2-2h-1v6l-2 2 5 10 2 2 2 5-3 5 3 3-1 3v4h-4v5l7 4v6h5l3 4h7l7 9 2 5h5l9 4 8 4v2h5l7 4h6l6 4 5 4 5 2 6-7 2-7-2-3-1-3 5-8-10-5-6 4-4-2 2-4-4-2-5-2v-5l5-1 2-9 3-3 2 5 4 2 7 1 3 4h4l4-3 5 3h2l3-2v-6l3-5-3-3-7-5-3-4-8 1-5 5h-13l-3-2c-.9-2-2.3-3.7-4-5h-1c-2 0-5-2-5-2l-5 2v4l-6 1-4-7-2-1v-5l-5-2-1-9-3-3-8-4h-3l-1 1h-4l-5-4z",
        onClick: t[340] || (t[340] = (s) => e.onclick(s)),
        onDblclick: t[341] || (t[341] = (s) => e.ondblclick()),
        onMouseenter: t[342] || (t[342] = (s) => e.onenter(s)),
        onMouseleave: t[343] || (t[343] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-88",
        style: D({ display: n.config.displayDep["FR-88"] }),
        d: "m832 262-4 1-5 2-3 4-3 2-6 2h-2l-4-1h-5l-1-5-3 1v5l-2-2-4 3-4 1h-5l-3 1-3-2-2 2h-6l-2 4-12 1-2-3-4-1v-2l2-2h-2v-6h-6l-2 1-3 3-5 2v-3h-2v3l-7 1v3l-7 1-2 3 3 3 5 1 5 6h5l1 5 5 1 1 3-4 2-2 10 10 5v7l4-1 3 3 3-2-1-2 1-1 3 3 4-3 1-3 6-1 2 1v4l5 4 2-1 4-2h7l6 6h2l2-2 1-2 3-1 3 2 3 3 12 6 4-4v-14l6-5 4-8-1-6 4-8 4-9-7-2-1-10 2-6z",
        onClick: t[344] || (t[344] = (s) => e.onclick(s)),
        onDblclick: t[345] || (t[345] = (s) => e.ondblclick()),
        onMouseenter: t[346] || (t[346] = (s) => e.onenter(s)),
        onMouseleave: t[347] || (t[347] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-91",
        style: D({ display: n.config.displayDep["FR-91"] }),
        d: "m491 244-3 2-4 1-1 4-5 3-1 4 3 4-4 5h-5l2 3-2 3-1 5 2 1v4l1 2 1 9 11-1 5-4 4 3 9 1 2 2v-7l8-6-3-3 2-9 1-2-2-10 3-3v-4l-4-2h-7l-3-2-3 1-6-3z",
        onClick: t[348] || (t[348] = (s) => e.onclick(s)),
        onDblclick: t[349] || (t[349] = (s) => e.ondblclick()),
        onMouseenter: t[350] || (t[350] = (s) => e.onenter(s)),
        onMouseleave: t[351] || (t[351] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-78",
        style: D({ display: n.config.displayDep["FR-78"] }),
        d: "m449 211-10 3-2 2 2 3v2l3 1-2 2v2l1-1 3 4 1 4 3 3-1 4v4l2 3-2 4 2 6 6 4v4h5l1 8 3 4 6 1 1-5 2-3-2-3h5l4-5-3-4 1-4 5-3 1-4 4-1 3-2v1-1l-3-3-2-6 3-7-1-5-7-4h-8l-9-6-6 2z",
        onClick: t[352] || (t[352] = (s) => e.onclick(s)),
        onDblclick: t[353] || (t[353] = (s) => e.ondblclick()),
        onMouseenter: t[354] || (t[354] = (s) => e.onenter(s)),
        onMouseleave: t[355] || (t[355] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-95",
        style: D({ display: n.config.displayDep["FR-95"] }),
        d: "m456 195-3 4-2 8-2 4 9 4 6-2 9 6h8l7 4 1 5h1l6-3 10-1 5-2 4-3 1-7-2-2-8-5-8-4-4 2-4 1-3-2-6-4-4 4-7 1-10-1-2-4z",
        onClick: t[356] || (t[356] = (s) => e.onclick(s)),
        onDblclick: t[357] || (t[357] = (s) => e.ondblclick()),
        onMouseenter: t[358] || (t[358] = (s) => e.onenter(s)),
        onMouseleave: t[359] || (t[359] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-93",
        style: D({ display: n.config.displayDep["FR-93"] }),
        d: "m515 219-4 3-5 2-10 1 1 1h1v3h-1v2h5l1 2 1 4 1-1 2-1h2l3 2 2 2 1 1h2v-5l-3-13z",
        onClick: t[360] || (t[360] = (s) => e.onclick(s)),
        onDblclick: t[361] || (t[361] = (s) => e.ondblclick()),
        onMouseenter: t[362] || (t[362] = (s) => e.onenter(s)),
        onMouseleave: t[363] || (t[363] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-75",
        style: D({ display: n.config.displayDep["FR-75"] }),
        d: "M502 231h-5l-2 1-1 1h-1l-2 2v2l3 1 4 2h3l2-1 4 1v-3h-2v1h-2l1-1-1-4z",
        onClick: t[364] || (t[364] = (s) => e.onclick(s)),
        onDblclick: t[365] || (t[365] = (s) => e.ondblclick()),
        onMouseenter: t[366] || (t[366] = (s) => e.onenter(s)),
        onMouseleave: t[367] || (t[367] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-92",
        style: D({ display: n.config.displayDep["FR-92"] }),
        d: "m496 225-6 3h-1l-3 7 2 6 3 4 5 4 2-1-1-2 1-3-1-1 1-2-4-2-3-1v-2l2-2h1l1-1 2-1v-2h1v-3h-1z",
        onClick: t[368] || (t[368] = (s) => e.onclick(s)),
        onDblclick: t[369] || (t[369] = (s) => e.ondblclick()),
        onMouseenter: t[370] || (t[370] = (s) => e.onenter(s)),
        onMouseleave: t[371] || (t[371] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-94",
        style: D({ display: n.config.displayDep["FR-94"] }),
        d: "m507 235-2 1-1 1-1 1h2v-1h2v3l-4-1-2 1h-3l-1 2 1 1-1 3 1 2 1-1 4 2h7l4 2 3-8v-3h-2l-1-1-2-2-3-2z",
        onClick: t[372] || (t[372] = (s) => e.onclick(s)),
        onDblclick: t[373] || (t[373] = (s) => e.ondblclick()),
        onMouseenter: t[374] || (t[374] = (s) => e.onenter(s)),
        onMouseleave: t[375] || (t[375] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-25",
        style: D({ display: n.config.displayDep["FR-25"] }),
        d: "m811 361-1 1h-4l-2 3-3 1v4l-7 1-3-3-5 1-5 4-3 5-3 1-2 4-4 1-6 5h-7l-3 1h-2l-7 6h-3v6l5 3 2 3v4l-3 6-1 3 10 4 6-1 1 6v7l8 2 4 1 5 5-1 4-2 4-7 2 2 4 1 2-3 3v3h5l22-21-1-17 8-4 6-3 5-4v-8l5-2 12-13-2-5 4-1 4-6-2-3-9 2v-1l8-10z",
        onClick: t[376] || (t[376] = (s) => e.onclick(s)),
        onDblclick: t[377] || (t[377] = (s) => e.ondblclick()),
        onMouseenter: t[378] || (t[378] = (s) => e.onenter(s)),
        onMouseleave: t[379] || (t[379] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-90",
        style: D({ display: n.config.displayDep["FR-90"] }),
        d: "m818 336-3 2-3 2v5l1 5v9l-2 2 22 11 1-2 5-1-2-8-1-4-5 1-1-4 2-4v-4l-1-2-6-5-6-1z",
        onClick: t[380] || (t[380] = (s) => e.onclick(s)),
        onDblclick: t[381] || (t[381] = (s) => e.ondblclick()),
        onMouseenter: t[382] || (t[382] = (s) => e.onenter(s)),
        onMouseleave: t[383] || (t[383] = (s) => e.onleave(s))
      }, null, 36)
    ], 8, Dm)
  ], 8, Em);
}
const _m = /* @__PURE__ */ en(Mm, [["render", Cm]]), Om = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Nm = ["viewBox"], Sm = ["stroke"];
function Rm(e, t, n, i, o, l) {
  return ae(), $e("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: n.config.viewBox
  }, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": ".2%"
    }, [
      x("path", {
        class: "FR-20R",
        style: D({ display: n.config.displayDep["FR-20R"] }),
        d: "m1010 932-9 12 1 11v5l1 5-2 13-2 4h-5v4l3-2h4v4l-7 4v3l1 2-5 5 4 1-2 7h-5l-1-3h-6l2-3-3-2-4-1-12-4-6-4-4-3c0-1 3-5 3-7v-1c1 0 3 1 3 1l5-5-11-1-8-2 2-7 5-3-3-2 3-6-2-1-5 2-1-1h-6l-1-6 2-3 3-4 2-1 2-2-2-4-3-1-8-2v-8l-2-2v-2l5-1 4-1-1-3-6-4-3-3v-3h3l1-3 4-3-1-3v-6l3-1 1-6 2 2 3 1 2-4 7-6 9-2 2-6 4-4h4l1 1h5l3 3 3-1 2-4v-5l-4-4v-3l2-2-1-3 3-3-3-3v-4l5-4 3 2 2 2 2 8 2 10-2 6 1 13 5 4 2 4 1 22 4 7z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-PAC",
        style: D({ display: n.config.displayDep["FR-PAC"] }),
        d: "m903 734-8 3 1 5-6 5 4 8-6 4-1 4h-6l-7 6-9 1v11h-4l-2 3-7-2-1 9-6 7-10 1-1 6-3 4-6 3h8v9l-6 3-5-2-2 4h-8l-3 2v5l-3 2-2-3h-2l-5-2-5 3 1 5 2 2h-9l4-2v-3l-11-1-6 4-4 3-4-1-2-8-6-2-1-2-1-1-9-3h-17l2-2 1-4h-8l6-5-1-4-6 3-20-1-3-7-7-3-5 4 7 6-12 2-16-3 4-6h5l-3-3-15-1h-11l3-8 12-7-3-4 3-8 11 2 3-20 10-5 4-3v-4l-11-11v-8l-6-10-1-1 2-4 10-1 2 2-1 7 1 2 5-5 5-1 1-2-6-1-1-7 4-6h5l5 5-5 6 1 3 8 1 4-4-2 5 1 4 7 1 10 1 1 4 6 5h5l3-3 2-5 3 2 2 3 1-14h-3l-2-5-13-3-1-6 4-3-3-3v-3h6l5 3 4-5-4-3v-5l3-6 7-1 6-3 1-2-3-2v-4h10l2-3-1-3 4-4 4 2 4-4 9 1 2-3h7v-8l-3-1-1-5h-8l-1-2 2-8 2-2 7-1 2 2 1 6 6-1 1-6 3-1h7l3 5 1 4 6 2 1 11 10 4h5l4 1 1 10 5 3v3h-4l-3 4h-1l1 5-7 7-1 4 2 4 3 1 3 3-5 1v7l8 5v6h5l9 3 10 7h5l17-6h5l2 5 2 3 1 5z",
        onClick: t[4] || (t[4] = (s) => e.onclick(s)),
        onDblclick: t[5] || (t[5] = (s) => e.ondblclick()),
        onMouseenter: t[6] || (t[6] = (s) => e.onenter(s)),
        onMouseleave: t[7] || (t[7] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-OCC",
        style: D({ display: n.config.displayDep["FR-OCC"] }),
        d: "M690 743v4l-15 8-2 20-11-2-3 8 3 4-12 7-3 8h-13v-7l-6-1h-5l-12 8-19 16-3 4h-11l-1 4-13 3v2l-1 4-3 4-6 4-6-6-3 5 4 6 4-1v22l1 32 5 2 3 4v6l-6-1-5-5h-7l-6 2-3 5-11 2-1 5-2 2-2-2h-3l-3 3-10-8-12-4-7 1-6 8h-5l-6-5v-6l-10-3-6-5-1-4-1-7-15-2-6 2-6-9h-15l-7-7h-5l-11-3-1-1-8-4-5-1-1 18-14-1-7-1-4-1-2 4-7-1-5-6-12 5h-5l-5-5-1-4-7-6-6-3h-1v-7l3-2 2-12 5 1 2-2-2-5 10-8 5-13 4-5-5-6-2-4 3-4-6-10-9-1-3-5 2-7 4-4-1-7 3-2-5-8 4-4 4-1 4 2 5-5 1 6 2 2 4-1v-4l2-6 5 4 5-6 3 4 6-1 7-1 2-5 11-1 6 5 1-2h1l3-1-1-5 5-1 7-2-2-4 3-3 1-6-4-5 3-8 6 3 7-1v-1l-3-7-3-11h7l2-5 3-3v-6h8l6-8-3-1v-3l6-1v-4l3-1 4-6-4-4v-4l3-2h1l7-4 9 4 8 10h4l6-6 2 3 4-4 6 2 2 13 6 5-5 10 5 2-2 6 3 1h1l3-5h5l1 1h11l2-4 3-1 1-8h2v-9l11-9 1 2v6l8-1 1 11h4l1 10 3.1 3.7L552 665l5-16 7 4 3-6 10-4 6 17 10-3v-5h4l1 6 7-2 9 12 3 13 6 7-1 7 2 1 6 4v10l4-2 8 6 4 1 1-7 5-1 2 6 5-1 1-5 13 7 6 10v8z",
        onClick: t[8] || (t[8] = (s) => e.onclick(s)),
        onDblclick: t[9] || (t[9] = (s) => e.ondblclick()),
        onMouseenter: t[10] || (t[10] = (s) => e.onenter(s)),
        onMouseleave: t[11] || (t[11] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-ARA",
        style: D({ display: n.config.displayDep["FR-ARA"] }),
        d: "m852 596 1 2-1 7-9 3-2 2-5 3v4h-4l-4-2-11 4h-7l-3 1-1 6-6 1-1-6-2-2-7 1-2 2-2 8 1 2h8l1 5 3 1v8h-7l-2 3-9-1-4 4-4-2-4 4 1 3-2 3h-10v4l3 2v1l-1 1-6 3-7 1-3 6v5l4 3-4 5-5-3h-6l-1 3 4 3-4 3 1 6 13 3 2 5h3l-1 14-2-3-3-3-2 6-3 3h-5l-5-5-2-4-10-1-8-1v-4l2-5-4 4-8-1-1-3 5-6-5-5h-5l-4 6 1 7 6 1-1 2-5 1-5 5-1-2 1-7-2-2h-5l-5 1-2 4-12-6-1 5h-5l-2-5-5 1-1 7-4-1-8-6-4 2v-10l-8-5 1-8-6-6-3-13-1-2-8-10-7 2-1-6h-4l-1 5-9 3-6-17h-1l-9 3-3 7-7-4-5 16-5 11-3-3-1-11h-4l-1-10-7 1-1-7-1-1-11 9v9h-2l-1 8-3 1-2 4h-11l-1-1h-5l-3 5-4-1 2-6-5-2 5-10-7-5-1-12 4-3-1-4-2-2 3-4h2l2-6 2-3-1-6 4-6 7-5v-10l3 2 4 4h4l2-2-2-5 1-4 1-2-1-6-2-3v-5l3-5-1-5-8-9-1-3 7-4 4-2 1-5 4-3-1-7-3-4v-7.3l-1-.7v-3l-4-9-4-2-3-5-2 4-3-4v-4l-4-6 2-4 4-5 9-2 5 1 5-4v-2l-2-2v-6l10-9 3 4 3-4h3l5-6h9v5l6 3 5 4 3-2 4-2 1 3h5l2-3 3 2 1 5 3-1 7-9 3 2 8 14v5l1 2h7l2 3h5l3 4v14l-8 6 1 1 1 5 5 1 1 3h3l4-3 12 2 2 2 3-3h4l1-7 1-4 1-1h4l4 3 4-3 2 3 3-4h4l2 6 1 7h3l1-2 1-3 7-26 2-5h4l4 3 3-1 4-2h3l2 5 7 3 7 10 5 2v5l5-1 7-7 6 2v5h10l15-17 6 4 1 2-5 7 2 1v4h-7l-4 3v7h12l4-5 8-4-4-4-1-3 4-8h4l2 3 8-6 8-2h13v5l6 7v5l-4 4 1 3 6 3v9l3-1 8 8 1 8-2 3-12 5v12l5 7s5-1 7-1c2 2 1 13 1 13l9 6 2 5 5 2z",
        onClick: t[12] || (t[12] = (s) => e.onclick(s)),
        onDblclick: t[13] || (t[13] = (s) => e.ondblclick()),
        onMouseenter: t[14] || (t[14] = (s) => e.onenter(s)),
        onMouseleave: t[15] || (t[15] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-NAQ",
        style: D({ display: n.config.displayDep["FR-NAQ"] }),
        d: "m519 538-4 3-1 5-4 2-7 4 1 3 7 8 1 1 1 5-3 5v5l2 3 1 6-2 6 2 5-2 2h-4l-4-4-3-1v9l-7 5-4 6 1 6-2 3-2 6h-2l-3 4 2 2 1 4-4 3-1-1-5-2-4 4-2-3-6 6h-4l-7-10-10-4-7 4h-1l-3 2v4l4 4-4 6-3 1v4l-6 1v4h3l-6 8h-7l-1 6-3.8 3.8.8.2-2 4h-7l3 11 3 8-7 1-6-3-3 8 4 5-1 6-3 3 2 4-7 2-5 1 1 5-3 1-2 2-6-5-11 1-2 5-7 1-6 1-3-4-5 6-5-4-2 6v4l-4 1-2-2-1-6-5 5-4-2-4 1-4 4 5 7-3 3 1 7-4 4-2 7 2 5h1l9 1 6 10-3 4 2 4 5 6-4 5-6 13-9 8 2 5-2 2-5-1-2 12-3 2v7l-7 4-3 2-2-2-3 1-4 2-4-5-9-7-1-7h-14l-8-5-9-2-3-4h-6l-3-3 1-5-3 3-1 6-6-2-3-4v-3l5-2v-7l2-2-1-5-4-1-7-3-1 4-5-1-1-5h-6l-4-4v-4h4l7-3 8-10 1-3 6-9 2-9 11-44 6-34v-8l4-6 1-5 3-2 2 3 9-1-2-3-1-2-7-6-5 6-3 8v-6l4-24 4-30 2-30 6-9v-1l4 1-1 7 19 17 7 28 1-2v-11l-3-10v-2l-3-13-11-11-4-1-1-4-5-3-7-6-5 1v-8l-2-8-1-7-8-6 1-13 5 6 6 1 1 9 1 1 2 3-4 4 1 3h5l-1-2v-5h4l2-8-3-4 1-3 4 1 1-4-4-1-2-5-4-1-2-4-8 1-3-3-6-4h-5l-3-5 6-3 4 3 1 4 7 1 3 3 5-1 1-3 6-5-3-3 11-6 5-1 2 6 7-3 5 4h1l4-2 5-1 1-2 5-3-3-4-3 3v-3l2-5-2-4 2-3-1-10-4-6 3-3-6-7 2-4-9-8v-4l-3-5 7-3 11 2 5-3v-5l10-1 9-1 10-1 1 3 3 2v-1l2-3 7-8v1h3l2 5 6 2v4l9 2v12h11l9-3-1-3 3-2 3 4 2 1 3 8 6 7 1 5 6 6v7l-1 5 7 5 3 4h6l2 8 4 2-1 5-2 1 10 1 3-3 6 5v-1l7-7 3 2h4l2 1h6l2-6 18 2 7 2 12-1 4 6v4l3 4 2-4 3 5 4 2 4 9 1 11 3 4z",
        onClick: t[16] || (t[16] = (s) => e.onclick(s)),
        onDblclick: t[17] || (t[17] = (s) => e.ondblclick()),
        onMouseenter: t[18] || (t[18] = (s) => e.onenter(s)),
        onMouseleave: t[19] || (t[19] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-BRE",
        style: D({ display: n.config.displayDep["FR-BRE"] }),
        d: "M259 289v6l1 3v11l2 2v10l-6-1-2 2-5 11-2 7-1 3-8-2-3-5h-5l-1 4-8 1-3 3-2 4-22 2-7 3-2 1-1 11-10 3-7 4h-6l-2-2-3 3h-2v-4l2-2-5-1-20 2-3-5-4-2 3-3 10 4 2-3-4-4-5-2 1 3-5 1-4-6 3 5-3 4-4-4-1-3-2 5-4-1v6l2 3-2 3-5-4 1-4 1-5-2-4-7-7-5-2 1-4-2 4-6-2-4-6 .2-.8-.2-.2h-4l-7-1-2-3v2l-10-1-5-7-2-7v7h-3l-6-3h-3l-4-1 4 4-2 4h-8l-8-2 3-5-2-9-8-9-4 1-4-3H4l-3-2 2-3 12-1 8-1h9l2-4-2-5-3-1-8-4-4 6-2 1 1-9-7-3 5-5 9 3 7 2 8 1v-3h-7l1-5-7 3-1-3 8-8-9 7-14 1-1-1-2 2-6-1 2-7-2-4 6-4-5-4 6-6h9l1-4 3-2 2 2h6v-3l8-1 1 4 5-1 1-4 8-1 4 2 5-4v8h5v3h3v-7l10-1 6 4 5-7-2-4 7-5 6 4 2-2 8-1 3-3 2 5 1-4h8l-1 4 4 1v6l5 1v6l7 5-1 6 8 4v7h3v-4l13-7 2-5 7 2 4-4v7l2-2 4 1v5l5-1v-4l7 1 2.2-2.2-.2-.8 4-3h9l-5 6 7 4h18l1 4 2 7 6 6h3l3-4h3l4-5 4 3h4l3 1-1 11 2 1v7z",
        onClick: t[20] || (t[20] = (s) => e.onclick(s)),
        onDblclick: t[21] || (t[21] = (s) => e.ondblclick()),
        onMouseenter: t[22] || (t[22] = (s) => e.onenter(s)),
        onMouseleave: t[23] || (t[23] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-PDL",
        style: D({ display: n.config.displayDep["FR-PDL"] }),
        d: "m390 319 4 3-1 8-1 5h-4v7l-5 6-5 2-3 3 2 5-11 3-2 3-4-3 2 8h-4l-7-5-3 4-1 3 2 2v2l-4 5v8l-5 6-4 15h-3l-7 8-2 4-3-2-1-3-10 1-9 1-10 1v5l-5 3-11-2-7 3 3 5v4l9 8-2 4 6 7-3 3 4 6 1 10-2 3 2 4-2 5v3l3-3 3 4-5 3-1 2-5 1-4 2-6-4-7 3-2-6-5 1-11 6-2-2v6l-8-4-4-6h-8l-3-7h-8l-8-7-7-4-7-20h-3v-4l-11-10 1-9 10-14h1l-10-9-7 1-1-5h4l4-4-1-3-1-4 7-3h-6l-5 5h-7l-4-5v3l-7-2-4-2 4-5-2-3-1-1 6-7-1-1h1l3-3 3 2h5l7-3 10-4 1-10 9-5 23-2 1-3 3-4 8-1 1-4 5 1 3 4 7 2h1l.9-1.9-.9-.1 1-1 2-7 5-11 2-2 6 1v-10l-2-2v-11l-1-3v-6l3-4v-7l-2-1 1-10 6 1 3-3 6 2 2 5 4 3 6-4 3 2 10-5 10 1 5-2 2-4h3l4 3 1 8 5 2 2 6h6l10-9h9l3 4 2 13 6 2 4 6h7v2l1-3h1l5 7 5 1 5 3-4 6z",
        onClick: t[24] || (t[24] = (s) => e.onclick(s)),
        onDblclick: t[25] || (t[25] = (s) => e.ondblclick()),
        onMouseenter: t[26] || (t[26] = (s) => e.onenter(s)),
        onMouseleave: t[27] || (t[27] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-CVL",
        style: D({ display: n.config.displayDep["FR-CVL"] }),
        d: "m554 329-9 8 3 4v5l-5 4h-8l1 4 5 6 1 6 1 4-7 2v4l5 5v7l-4 4 2 5 6 5v5l4 7-1 9 4 4-1 9v5l2 3-3 9v-2h-9l-5 6h-3l-3 4-3-4-10 9v6l2 2v2l-5 4-5-1-9 2-4 5-2 4-8 1h-4l-7-1-18-3-2 6h-6l-2-1h-4l-3-2-7 8-6-5-3 3-10-1h2l1-6-4-2-2-8h-6l-3-4-7-5 1-5v-7h-1l-5-6-1-5-6-7-3-8-2-1-3-4-3 1 1 4-10 3h-10v-12l-9-2v-4l-6-2-2-6 4-14 6-7-1-8 4-5v-2l-2-2 4-7 7 5h4l-2-8 4 3 2-3 11-3-1-2-1-3 3-3 5-2 5-6v-7h4l1-5 1-8-4-3 3-5 4-6-5-3h-1v-9l-2-3-1-3 5-3 6-1 3-5v-13l-8-7v-6l-1-1 5-4h5l13-7 4 1h9l2-2v-5l8-4v-6l2-2 3 4 1 4 3 3-1 4v4l2 3-2 4 2 6 6 4v4l5 1 1 7 3 4 7 2 1 4 1 2 1 9h1l10-1 5-4 4 3 9 1 4 5 4 2 1 7-6 4 3 2 4-2h14l1-3h4v3l9-5 7 6 2 6 4 5z",
        onClick: t[28] || (t[28] = (s) => e.onclick(s)),
        onDblclick: t[29] || (t[29] = (s) => e.ondblclick()),
        onMouseenter: t[30] || (t[30] = (s) => e.onenter(s)),
        onMouseleave: t[31] || (t[31] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-NOR",
        style: D({ display: n.config.displayDep["FR-NOR"] }),
        d: "m462 192-2 1-3-2-1 4-3 4-2 8-2 4-10 3-2 2 2 3v2l3 1-2 2v1l-1 2v6l-8 4v5l-2 3h-9l-4-2-13 7h-5l-5 4-5-3 6 4v6l8 7 1 13-4 5-5 1-6 3 1 3 2 3v9l-3-1-6-8h-1l-1 4v-2h-7l-4-6-6-2-2-13-3-4h-9l-10 9h-6l-2-6-5-2-1-8-4-3h-3l-2 4-5 2-10-1-10 5-3-2-6 4-4-3-2-4v-1l-5-2-4 3-6-1v-1l-3-1h-4l-4-3-4 5h-3l-3 4-3-1-6-5-2-7-1-4h7l3-2v-4l-8-2-5-13 4-9v-10l-4-9v-13l-2-2-2-9-8-9-2-6v-7h-1l-2-2 3-4v-7l-7-7 1-3 14 4 9 6 8-6 16 1 3 9h-4l-3 8 10 11v8h4l10-3 7 4 30 4 12 7 16-6 13-8 9-2h1l-.4-.1-9.6-1.9-7-6 1-10 9-13 15-8 18-6 27-7 16-12 2-3 3 1h4l2 4 16 15 1 7 4 6-4 4-1 4h2l-1 4-1 7 2 4v6h3l-1 2-3 5-1 3 4 3 1 8z",
        onClick: t[32] || (t[32] = (s) => e.onclick(s)),
        onDblclick: t[33] || (t[33] = (s) => e.ondblclick()),
        onMouseenter: t[34] || (t[34] = (s) => e.onenter(s)),
        onMouseleave: t[35] || (t[35] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-HDF",
        style: D({ display: n.config.displayDep["FR-HDF"] }),
        d: "m626 136 2 3-1 4-6 3v5l-6 1-1 3 4 3-1 5-1 4v12l-2 1-7-4-4 2 1 3h-8l-7 6v9l5 3 2 4h-9v4l3 2-2 2-3 2 1 2h4l2 3-3 2-3 7-5 3-2 4-1 1-6-2-2-4-3-1-10-9-1-8-3-3h-1l-2 1-4 3-3-1-6 2-5-3-2 3-4 1-2-2-4-2-4 3-2-3-8-5-8-4-4 2-4 1-9-6-4 4-7 1-10-1-2-4-2-3 1-4 3 2 2-1-1-3-1-8-4-3 1-3 3-5 1-2h-3v-6l-2-4 1-7 1-4h-2l1-4 4-4-4-6-1-7-16-15-2-4h-4l-3-1 12-14 10 6v-4l-8-7 1-12V25l16-13 19.7-2.9.3-.1-1-1h2l18-2 11-6 5 9 1 6-2 4v6l2 4h5l4 4 1 4 2 3h5l4-5 9-3h5l1 4h2v2l3 2 1 14 1 5h5l3 3 7-3 2 3 5-1 6 7-1 13h3l2-4 20-1 12 9 1 3-5 4v5l-2 1 7 2 1 7-7 4v4h8l-1 6 3 7-3 2z",
        onClick: t[36] || (t[36] = (s) => e.onclick(s)),
        onDblclick: t[37] || (t[37] = (s) => e.ondblclick()),
        onMouseenter: t[38] || (t[38] = (s) => e.onenter(s)),
        onMouseleave: t[39] || (t[39] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-IDF",
        style: D({ display: n.config.displayDep["FR-IDF"] }),
        d: "M583 258v2l-5 3v4l-3 3-2 7v6h-1l-3 3-14-1-6 3-3 6 3 3-4 5-4 4-9 5v-3h-4l-1 3h-14l-4 3-3-3 6-4-1-7-4-2-2-3-2-2-9-1-4-3-5 4-11 1-1-9-1-2v-4l-2-1-6-1-3-4-1-8h-5v-4l-6-4-2-6 2-4-2-3v-4l1-4-3-3-1-4-3-4-1 1v-2l2-2-3-1v-2l-2-3 2-2 10-3 2-4 2-8 3-4 2 3 2 4 10 1 7-1 4-4 9 6 4-1 4-2 8 4 8 5 2 2v1l4-3 6 3h4l2-3 5 3 6-2 3 1 4-3 2-1 4 3 1 8 10 9 3 1 2 4 6 2-1 1 1 2-3 2-1 5 3 2 1 5-2 3 1 3z",
        onClick: t[40] || (t[40] = (s) => e.onclick(s)),
        onDblclick: t[41] || (t[41] = (s) => e.ondblclick()),
        onMouseenter: t[42] || (t[42] = (s) => e.onenter(s)),
        onMouseleave: t[43] || (t[43] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-GES",
        style: D({ display: n.config.displayDep["FR-GES"] }),
        d: "m901 210-3 9 1 6-4 3h-2l-4 5v4l-9 7-1 12-5 14 1 11-9 18v12l4 5-3 4v8l-2 4v9l-3 4 2 6 5 5-3 5-1 8-7 5h-13l-3-2 1-4-4 1-3-12-5 1-1-4 2-4-1-6-6-5-6-1-1-2-12-7-3-3-3-2-3 1-1 2-2 2h-2l-6-6h-7l-6 3-5-4v-4l-2-1-6 1-1 3-4 3-3-3-1 1 1 2-3 2h-1l1 3-3 2v5h-6v2l-5 1v5h4l-2 2-1 8h-3l-6 1-6-1-5 1v4l-1 4-8 2-1-2-6-7-3 1h-4l-2-3-6 1v-7l-3-2 4-5-8-11-6-7-5-2-1-1h-11v5l-5 2h-12l-2 4h-2l-2-4-8 4-14-1-2-4-4-5-1-7-5-7-4 3-7-5 2-10-10-10h-4l-2-2v-5l2-8 3-3v-4l5-3v-2h-5l-2-3 2-3-1-5-3-2 1-5 3-2-1-2 2-2 2-4 5-3 3-7 3-2-2-3h-4l-1-2 3-2 2-2-3-2v-4h9l-2-4-5-3v-9l7-5h8l-1-4 4-2 7 4 2-1v-12l1-5 1-4-4-3 1-3 6-1v-5l6-3 1-4-1-3v-5l3-3-3-6 1-7h7l5 4 4-2 8-2 4-3v-8l4-3 3-5v-1h6l1 2v6l-4 4 3 2-2 3-1 4 6 4v3l-2 2 1 8 12 1 3 3 2 4 10 1 3 3 1 7h3v1h2l3 3 1 7h2v-1l2-2h7l4-4h8l7 7h6l2 2h6l5-5h6l5 4h4l1-1h3l8 4 3 3 1 9 5 2v5l2 1 4 7 6-1v-4l5-2s3 2 5 2h1a13 13 0 0 1 4 5l3 2h13l5-5 8-1 3 4 7 5 3 3 7-2h4l3 3 5-3 8 4 9 1 5 4z",
        onClick: t[44] || (t[44] = (s) => e.onclick(s)),
        onDblclick: t[45] || (t[45] = (s) => e.ondblclick()),
        onMouseenter: t[46] || (t[46] = (s) => e.onenter(s)),
        onMouseleave: t[47] || (t[47] = (s) => e.onleave(s))
      }, null, 36),
      x("path", {
        class: "FR-BFC",
        style: D({ display: n.config.displayDep["FR-BFC"] }),
        d: "m834 380 2 3-4 6-4 1 2 5-12 13-5 2v8l-5 4-14 7 1 17-22 21-1 2 4 2-6 6v8l-15 17h-10v-5l-6-2-7 7-5 1v-5l-5-2-7-10-5-2-2-1-2-5h-3l-4 2-3 1-4-3h-4l-2 5-7 26-2 5h-3l-1-7-2-6h-4l-3 4-2-3-4 3-4-3h-4l-1 1-2 11h-4l-3 3-2-2-12-2-4 3h-3l-1-3-5-1-1-6h-1l8-6v-14l-3-4h-5l-2-3h-7l-1-2v-5l-7-13-1-1-3-2-7 9-3 1-1-5-3-2-2 3h-5l-1-3-4 2-3 2-5-4-6-3v-3l3-9-2-3v-5l1-9-4-4 1-9-4-7v-5l-6-5-2-5 4-4v-7l-5-5v-4l5-1 2-1-1-4-1-6-5-6-1-4h7l6-4v-5l-3-4 9-8v-6l-4-5-2-6-7-6 4-4 4-5-3-3 3-6 6-3 14 1 3-3h1l2 2h5l9 10-1 10 6 5 4-3 6 7v7l4 5 2 4 14 1 8-4 2 4 2 1 2-4 1 2-1-3h12l5-2v-5h11l6 3 6 7 8 11-4 5 3 2v7l6-1 2 3h4l3-2 6 8 1 2 8-2 1-4v-4l5-1 6 1 6-1h3l1-8 2-2h-4v-5l5-1v-2h6v-5l3-2-1-3 4-2-1-2 1-1 3 3 3-3 2-3 6-1 2 1v4l5 4 6-3h7l6 6h2l2-2 1-2 3-1 3 2 3 3 12 7 1 2 6 1 6 5 1 2v4l-2 4 1 4 5-1 3 12-5 1-1 2-.6-.3-7.4 9.3v1z",
        onClick: t[48] || (t[48] = (s) => e.onclick(s)),
        onDblclick: t[49] || (t[49] = (s) => e.ondblclick()),
        onMouseenter: t[50] || (t[50] = (s) => e.onenter(s)),
        onMouseleave: t[51] || (t[51] = (s) => e.onleave(s))
      }, null, 36)
    ], 8, Sm)
  ], 8, Nm);
}
const Fm = /* @__PURE__ */ en(Om, [["render", Rm]]), Am = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Pm = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 57 50"
}, Tm = ["stroke"];
function Vm(e, t, n, i, o, l) {
  return ae(), $e("svg", Pm, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      x("path", {
        class: "FR-971",
        d: "m22.8 0-.2.2-2 1.2-.7.5-.3.4-1 1.3-.7 1v.6l.4.7.4 2.5.5.1.6.3.4.3.3.3V11l-.2.3-1.3.3-.6.7-1.1 3.8-.3 1v1l.3.8.7.9.9.7 1.1.7 1.4.5 1.4.3 1.2-.2 2.3-1 12-2.8 1 .3.6.2 2 .5h.5l.7-.6-.3-.4-1.3-.4-3.7-2.6-.7-.3-.4-.3-1.5-1.3-.7-.4-.8-.1h-1.3l-.7-.4-.5.5-1-.5-.8-.6-.7-.8-.7-1-.5-1.1-.1-.7.1-1.9-.3-1.8-.8-1.5-1.2-1.2L23 .1zm-6 16.2-.5-.5-.8.2-.7.5-.3.8-.7-.8-.3-.2-.2.2H13l-.5-.2 1-.5-1.2-1.4L10 13l-2.5-1-1.7-.3-.6-.3-.5-.6-.6-.4-1.3.3-1 .9-1.1 2-.7.6.3.9-.3 2.2v1.2l.4.8.5.8.4.8-.4 1 1 2.6v5.6l1 2.5.5.4.3.7.2.8.5.8.8.7.7.5.6.5.5 1-.5.5.4 1 .1.4 3.5-1.5 3.1-1.9 2.2-2.6.5-3.7-.4-3.9L15 24l-.1-3.3.4-.7 1.2-.3.5-.1-.5-1.4.4-1.6zm-2.4-4.6.6-.2-.2-.2-.3-.1h-.3l-.3.5.2.3zm40.6.2-1.7-.5-1.7.7-2.7 2.3-.9.5 1.6.2 2-.9zm-8 11.8v.2l.2-.2zm-.7.7h.5l.2-.4h-1.4l.5.4zm-5.2 17-.3-1-.5-.6-.5-.4-.8-2-1.3-1.2-1.7-.3-1.5.8-1.2 1.4-.5.8-.2 1-.6 1-.3.4.2.3.3.2.2.4.2.6v.5l1 1.8 2 .4 2.3-.6 1.7-.9.8-.6.4-.5.2-.7zM15.7 45v-.2l-.5-.1-.4.2-.3.7-.4.2-.3.3.2.3.7-.2.8-.5.3-.4zm-1.6-.1h-.4l.2.2h.3zm-2.3.6-.7.4-.3 1 .8.4.6-.4.2-.6-.4-.5zm2.6 2.5v-.3l-.3-.2v.2zm-1.5-.3.2.1h.1v-.1z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 32)
    ], 8, Tm)
  ]);
}
const Lm = /* @__PURE__ */ en(Am, [["render", Vm]]), Im = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, $m = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 43 50"
}, zm = ["stroke"];
function Bm(e, t, n, i, o, l) {
  return ae(), $e("svg", $m, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      x("path", {
        class: "FR-972",
        d: "m35.1 48 1.4-.1 1.1-.5 1-1.4 1.2-3 1.2-.5v-.7l-.6-1.2-.3-1.7-.6-1.4-1.2-.6.3-.5.1-.3.3-.3.6-.3-.8-1.1-.3-1.2v-1.3l.4-1.3-1.3.7.1-.8-.1-1-.3-.7-.7-.3-1-.3-.3-.6-.2-.7-.2-.5-2-1.2-.8-.8-.6-1.5.6-.3.3-.2.4-.2h.7l-3.3-1.5-.8 1.2-.9-.3-.1-.9 1.2-.6-.8-.8 2.7-1.5-.5-.6-.6-.3-.7-.1-.9.4-.2-2.3.3-1.9.8-.6 1.1 2 2.1-2.2-.2-.6.3-.4.6-.4.6-.6h-2.3l-2.3.6-2 1-1.4 1.2-1.7-3.6-1.2-.3-.5-.7-.2-.9-.4-.8-1.6-1-3.8-1.8-4.4-2.8L9.1 0 5.7.1 1.8 2.3l-.9.8-.6 1.1L0 5.6l.3 1.5.7 1.2 2.8 3 .7 1 .6 1.2.2 1.3-.2.6-.3.7-.2.7.4.7.4.5.3.5.3.5v.7l.8 1.8 1.7 1.7 3.5 2.5.4.4.6 1.2.4.5.6.1 2.1-.1h2.1l1.1-.2 1.5-.5.2 1.7.7 1.4.8 1.1.3.6-.7 1.5-1.4.6-1.5-.5-1.1-1.6-.8.9-2.6 1.2-2.7 2.9.9.5.5.4.1.4-.1.7 2.2 3.1.8.5 1.5-.2 2.4-1 1.5-.3 5.8.8 2.7-.5.6.2-.1 1 1.6.1 1.6-1 1.3-.5 1 1.4-.1 1.5-1 .6-1.1.3-.6 1.1.4 1.5z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 32)
    ], 8, zm)
  ]);
}
const Hm = /* @__PURE__ */ en(Im, [["render", Bm]]), jm = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Wm = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 40 50"
}, qm = ["stroke"];
function Um(e, t, n, i, o, l) {
  return ae(), $e("svg", Wm, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      x("path", {
        class: "FR-973",
        d: "m7.8 0 .3.1.3.1h1l.2.1.3.2h.1l.2.1.1.1.2.1.2.1.2.1.2.2.3.1h.1l.1.1h.1l.5.3h.1l.2.1h.1l.1.1h.1l.1.1h.1v.1h.1l.1.1.2.1h.1l.4.2v.2l.1-.1v-.1h1l.2.1h.1l.4.1.1.1h.3l.2-.1-.1-.1h.1v-.1h.2v-.1l.3.1.2.1v.1l.3.1h.1l.2.1.2.1h.1l.1.1h.2v.1h.1v.1h.1v.1h.1l.1.1.1.1h.1l.1.1h.1l.3.2.3-.1h.1l.3.2h.2l.3.2.4.2.1.1h.1v.1l.2.1h.1l.1.1h.1l.1.2v-.1l.1-.1v.1h.1l.1.1v.1l.1.1.1.1h.1l-.1.1h-.1.1l.1.1v-.1l.1.1h.1l.2.2v-.1l.1.1.1.1.1.1v.2h.1l.1.1.1.1v.2h.1v.1l.2.2.1.1h.1l.1.1.1.1.1.1h.2l.1.2.2.3h.1l.1.1h-.1v.1l.1.1.1.1h.1l.2.1.2.3h.1v.1l.1.1.1.1.2.1h.2V9l.1.1.1.1.1.1h.1l.1.1.1.1h.1v.1h.1l.1.1.1.1.1.1h.1v.1h.1v.1h.1l.1.1v.1h.1v.1l.1.1.1.2.1.1.2.2h.3l.1-.1v-.1h-.1v-.1h.2v-.1.1-.1l.1.1.1-.1h.1l.1.1h.1v.1l.2.1.1.1.1.1h-.1v.2l.1.1h.1l.1.1.2.3h.2l.1.1.1.1.1.1v.2h.1v-.1l.1.1h.1v.1h.1l.1.1v.2h.1l.1.1v-.1l-.1-.1.1.1h.1v.2h.1v-.1l.1.1v.1h.1v.1h.1l-.1-.1.2.2h.1l.1.1h.1l.1.1h.1l.1.1h.1v.1h.1v.1h-.1.1l.1.1.1.1v-.1.2h.1v.2h.1-.1l.2.1.2.2h.4l.4-.2v-.1h.3l.1.1h.1v.1h.1l.1.1h.1l.1.1.1.1.1.1h.1l-.1.1h.2v.1l.1.2h.1l-.1-.1h.1v.3-.1.1h.1v.3l.1.1v.4l.1.1v.6l.1.2h.1v.1h.1v.2h-.1v.2h.1v.1l.1.1h.1l.1.2h.3v-.1h.1v.2h-.1l-.1.1v.1l-.1.1-.1.1.1.2v.2l.1.2.1.1v.1l.1.1.1.2h.1v.2l.1.1h.1v.1l.1.1.6-.1-.1.6v.3l-.1.2-.2.3v.2l-.1.5-.2.4-.1.1-.1.1-.3.1-.2.1-.2.1-.3.2-.2.4-.1.1-.1.1v.6l-.2.2-.2.3-.1.2-.2.1-.5.5-.2.1-.2.2-.2.1v.1l.1.3v.2l-.2.1h-.3l-.1.1-.1.1-.2.5v.4l-.1.3-.3.3-.2.1-.3.8v.1h-.1l-.1.1v.1l-.2.4v.1l-.2.2-.2.3-.5.9-.1.2-.3.3v.2l-.1.2-.1.1-.4.5h-.1l-.1-.1-.1.1-.3.2-.2.4v.3h-.2l-.1.1h-.1l-.1.3-.1.1.1.1h-.2v.1l.1.1v.3l.2.1v.2l-.1.2-.2.3v.1l-.1.1v.2l-.2.2-.1.5-.2.1v.4h.1l.1.1h-.1l-.1.2h-.3l-.1.1-.3.5-.4.9v.2l-.1.1.1.1-.2.2-.1.2-.1.2-.1.3-.2.4h-.2l-.1.1v.1l.1.1v.3h.1l.1.1v.3l-.1.1v.1h-.1l-.1.1v.2l.1.1-.1.1-.3.3-.1.2-.1.1-.1.1H25l-.2.1h.1v.2h-.2v.1h-.1l-.1.1v.1l-.1.2v.2l-.1.1-.1.2H24l-.2.1-.1.1h-.1v.1l-.1.1h-.1l-.4.2h-.1v.1h-.1l-.1.1-.1.1h-.1l-.2.1h-.2l-.1.1v.1h-.2l.1.1-.1.1-.2.1v.2l-.1.1-.1.2-.1.2-.1.2h-.3l-.1-.1v.2l-.1.1h-.2l-.4.1-.2-.1h-.1l-.1-.1h-.3l-.1-.1-.1-.1-.2-.3h-.3l-.1-.1-.2.1-.1-.1-.1.1h-.7l-.1-.1-.1-.1-.2-.4-.1-.1-.1-.1h-.2l-.3-.1-.2-.1-.2.1-.4.1-.3.1h-.6l-.2-.1-.3-.5-.2-.1-.1-.1-.2.1h-.2l-.3.2-.3.1h-.3l-.1.1-.3.1h-.5l-.5.1-.2-.1h-.1l-.3-.1-.3-.3-.1-.1-.1-.3v-.1l-.2-.1h-.1l-.1.1-.2.2-.1.2v.1l-.2.1h-.6l-.4.4h-.1l-.1-.2h-.2v.1l-.1.1v.4l-.2.2-.2.1h-.1l-.3.1-.1.2-.2.1h-.1l-.2-.1h-.2L6 47l-.1.1-.1.3v.2l-.1.2-.1.1h-.1l-.1-.1H5l-.1-.2-.1-.3h-.4l-.9.3h-.2l-.3-.1h-.3l-.1-.1-.1-.2-.1-.1-.1-.2-.1-.1h-.5l-.2-.1h-.4l-.2-.1-.3-.4H.5l-.1-.1H.1L0 46v-.1l.1-.1h.2v-.1l-.1-.1.5-.1h.1l.1-.1.1-.1h.2l.2-.2V45l-.1-.2-.1-.3.1-.5v-.2l.2.1.1-.1.3-.3.1-.1v-.1l.1-.1h.1l.1-.2.1-.1.2-.5-.1-.2h.1l.1-.1V42l.1-.3.1-.1.1-.1-.1-.1v-.1l.2-.3.2-.2h.1l.1-.2.1-.4v-.1h.1V40h.2l.1-.2v-.1h.1l.1-.1h-.1l.1-.1.1-.1v-.2h.1v-.6h.2l.1-.1v-.3h-.2V38l.1-.3v-.2l.1-.1.1-.1v-.4H5l-.1-.1h-.1l-.1-.1-.1-.2h.1l.1-.1v-.3l-.1-.2-.1-.2v-.1l.2-.2-.1-.2.1-.1-.1-.2v-.1l-.1-.1h-.1l-.1.1h-.1v-.1l.1-.1v-.1h-.1v-.1h.1l.1-.3.1-.2-.1-.1.1-.1h.2l.1-.1v-.1l.1-.1.1-.1v-.2l.2-.2.2-.2.2-.2H6l.1-.2.1-.1.1-.5.1-.3v-.1l.2-.2.1-.1.1-.2.1-.1-.1-.3.2-.4v-.9l.1-.3v-.1l.1-.1.1-.1v-.1l-.1-.2-.1-.2-.1-.2h-.1l-.2.2h-.2l-.1-.1v-.2l-.2-.1-.2-.3V27l-.1-.3-.2-.4-.3-.5h-.7l-.2-.1v-.2l.1-.2v-.1l-.1-.1-.4-.1-.2-.2-.1-.2-.1-.1v-.1l-.2-.1-.1-.2-.1-.1-.1-.3-.1-.3-.2-.4-.1-.1-.2-.1h-.1l-.1-.1-.1-.1v-.2l.2-.2.1-.2v-.3l.2-.3.1-.1-.1-.1-.1-.1-.2-.1-.2-.1-.3-.1v-.3l.1-.3v-.5l-.1-.3v-.6l-.2-.4-.1-.1-.1-.1V18l-.1-.3-.1-.1V17l-.2-.7.1-.2.3-.2v-.1l.1-.3v-.4l-.1-.1-.2-.3.1-.2v-.8l-.2-.2h-.2l-.1-.1.1-.4v-.2l-.1-.3v-.8l-.1-.4v-.1l.1-.1.1-.2.1-.2.1-.1V10l.1-.3.1-.3.1-.4.2-.2.2-.2.2-.2v-.2l.1-.1.1-.1.1-.2.3-.5.3-.6.4-.3L4 6l.2-.1.2-.1.3-.4.3-.1.2-.1.1-.1v-.4l.1-.2.4-.4.2-.4.5-.5.2-.2.1-.3.1-.4v-.6l.1-.1v-.3l.1-.2.1-.1.1-.2h.1V.4l.1-.1.1-.2V0z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 32)
    ], 8, qm)
  ]);
}
const Gm = /* @__PURE__ */ en(jm, [["render", Um]]), Ym = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Km = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 56 50"
}, Xm = ["stroke"];
function Zm(e, t, n, i, o, l) {
  return ae(), $e("svg", Km, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      x("path", {
        class: "FR-974",
        d: "m20.4 0-1 .5-1.6-.3-1.7.5-.6.2-3.7 2.8-.6.9-1.3.6-.6.1-.2-.3.1.3h.2v.6l-1-.2.5-.2v-.4l-1 .2-1.6-.5-.5.2-.1.9H6v-.3l.3.1-.2.7-.3-.2-.1.6.1-.6.1-.1h-.3l-.1 1.1-.3.5.5 1.9-.4 2.2-2 1.6-.7.3-1-.2L0 15.2v.6l.6 1-.2 2.4.8 1.2 2 1.6-.1.4 1.6 1.7.1 1.7.8.3.5.7v2l-.6 1.9.5.4.6 2.1 1.6.9.8.8v.4l.9.6.3.9-.2.4.7.7 2.2.3 2.1.7.8.5 1.9 2.3.8.4 1.7.2.5.3.2.7.9.5 1 .1-.4-.1h.4l.1-.3-.1.6h.2l.3.4 1.5-.1 1.9.9 1.3.3 1.1 1 .3-.3 1.5.5 1.3-.5.3.4.8.3.9.8 2.4-.5.8.7 1.2-.7 1 .2.8-.9 2.5.2 1.6-.7 2-.1.5-.5 1.7.2 1.9-1.4.9-1.2.1-.6-.5-2 .4-2-.4-.8-.2-1.8.7-3 .5-1.2.9-1 .1-1.6.9-.2-.3-1.7.2-.5-.7-.7-.1-.8-1.4-.6-1.2-1.1-1.3-.2-.9-1.5-.8-.7-.5-1-1.6-1.8-.6-1 .1-.8-1.3-1.7-.8-.4-.5-.9-.2-3.6-.3-1.3-1.2-1.9L39.1 5l-1.2-.8-1-.4-1.7-.2-2.5-1.4-.9.2-2-.6-.7.4-.8-.1L25.1 1l-1.4.3h-1.4z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 32)
    ], 8, Xm)
  ]);
}
const Qm = /* @__PURE__ */ en(Ym, [["render", Zm]]), Jm = {
  mixins: [jn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, t5 = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 38 50"
}, e5 = ["stroke"];
function n5(e, t, n, i, o, l) {
  return ae(), $e("svg", t5, [
    x("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      x("path", {
        class: "FR-976",
        d: "M30.8 19.5V19l-.3-.2h-.2v.4l.1.1h.3zl.2.1v.3h.4v.1l.2.1h.2l.2.2h-.1.1l.2.2.2.1v.1l.1.1.2.6.4.4.2.4v.8h.1v.2l.2.1h.1l.2.1h.2l.2.5h.2v-.1L34 23v-1l.1-.1v-.1l.2-.2v-.1h.1v-.1h.9v-.2h.1l.1-.2.2-.2v-.2h-.2v-.4l-.2-.1v-.3l.2-.1v-.3l.2-.1h.1v.2h.1l.1-.1v-.3h-.5V19l.3-.3-.2-.2h-.2v-.1h-.1v-1H35l-.1-.1v-.1l-.1-.1-.1-.1h-.1v-.2h-.1l-.1-.1h-.1v-.3h-.1v-.1l-.2-.1v.1h-.1v.2h-.1v.1l-.2.1v.2l-.3.3-.2.2-.1.1-.2.2-.3.2-.7.7-.4.6.1.1h.2v-.1h.2l.2-.1v-.3H32v-.2h.1v.3h.1v-.1h.1v-.3h.4v.4l-.3.2v.2l-.2.2-.3.3v.3h-.3v-.2h-.2l-.2-.1.1-.1h.3v-.2.1H31h.2l.1-.3h-.1zM16.6 48l.2-.1.2-.1.1-.2h.1l.1-.3.2-.3v-.2h.2v-.2l.2-.2V46h-.1v-.3l-.2-.1v-.3h.1v-.1h.1l.2-.1v-.2h.1l.1-.1h1.1v.1h.1v.1l.2.1v.4h.1l.2.3v.8l.1.2v.1l.1.1v.3h.5V47h-.1l-.1-.1v-.4l.1-.1v-.2h.1l.1-.2h.3l.3-.1h.1l.2.1h.2l.2.2h.2v.1h.2V46l.1-.1.2-.1h.1v-.2l.1-.1h.1v-.1h.3V45h.1l.1-.2h.1l.2-.2-.1-.1h-.8v.2h-.2l-.4-.2-.1-.1-.1-.1-.2-.3h-.6l-.2-.2-.2-.1-.2-.2h-.1l-.2-.1-.1-.2-.1-.4v-.4l-.1-.1v-.2l-.2-.1-.1-.2h-.2l-.1-.1v-.2h-.1l-.2-.3V41l.2-.3v-.2h.1l.1-.2h.4l.2.1h.2l.2.1V40l-.3-.5-.1-.1v-.5l.2-.2.1-.3.1-.1v-.1l.1-.1h.3l.1-.1h.2v-.3h-.1v-.4l.2-.1.1-.2h1.1v.1h.1v.1l.2.1.3.1h.7l.4.2v-.1l-.4-.1h-.2v-.2h-.1V37h-.2v-.2l-.2-.1H23l-.1-1.4.2-.8-.1-.3h.1l.2-.1.3-.2h.1l.1-.1h.3v-.1h.3v-.1h.3v-.3h.1l.2-.2.2-.2h.3v-.3h-.2V32h.2v-.3h.1l.2-.2.2-.2V31h-.4l-.4.1-.2.1-.2-.2-.2-.3v-.1l.1-.5h.1v-.2l-.1-.1h-.2l-.2.1-.3-.2-.1-.1h-.1l-.3-.2V29l-.1-.2v-.1l-.1-.1H23v.1h-.2l-.1-.1v-.4l-.1-.1h-.1v-.6l.1-.1h-.1v-.1h-.1v-.2l-.2-.1v-.2h-.1v-.3l.1-.2h.1v-.1l.1-.1V26h.1l.2-.2v-.2h.3v-.1h-.6v-.4l.1-.4h.2v-.2h.1v-.1l.3-.2h.4l.1-.1v-.4h.1v-.3l.2-.2v-.4h.1l.1-.1.2-.2h.1v-.2l.1-.1.2-.1.3-.3h.2v-.2h.1v-.8h.1l.2-.1v-.1l.2-.1.2-.2.3-.3.3-.2.1-.1h.4v-.2h.2l.1-.1h.1v.1l.1.1h.3v-.1h.1V19h-.5l-.1-.1v-.2h-.1v-.2h.1v-.2h-.3v-.1l-.3-.1v.1l-.2-.1v-.4h.1v-.1h.1l.1-.1v-.2h.1v-.1l.1-.2v-.3h.3v.7h-.1v.2H27v.3h.5l.1-.3.1-.5h.1v-.4l.5-.1v-.1l-.1-.3H28l-.2-.4v-.2l.1-.1v-.3l-.1-.1h-.5V15H27v-.1l-.2-.1h.1v-.3l-.3-.1V14h-.2l-.5.1-.2-.1v-.3H25v-.2h-.1v-.2h-.1v-.2l.2-.1.1-.5H25v.3h-.2v.1h-.1v-.1h-.4v-.3H24v-.2h-.4l-.1-.1v-.1l-.2.1v.1h-.9l-.1-.1v-.1H22V12h-.7v-.1H21l-.1.1v.1h-.5l-.6-.2-.1-.2h-.1l-.2-.1v-.1l-.1-.3-.2-.2-.2-.3-.2.1v.1h-.1v.2h.1l.3.1v.4h-.2v-.2h-.3v.1l.1.2h.1l-.4.3v.2l-.4.5-.5.2-.5-.1v-.6h-.1V12h-2.1l.2-.3-.2-.2-.2-.2-.2-.3v-.6l-.2-.1-.1-.2h-.1l-.1-.2h-.2l-.1-.2v-.8l.4-.2h.2V9h.2v-.5l-.2.1h-.3l-.2-.1-.2-.1h-.2L13 8l-.2-.1-.2-.2h-.3l-.1-.1v-.1H12v-.3l-.1-.1v-.3h.3v-.1l-.1-.1-.1-.2h-.4v-.1l-.1-.2V6h-.8v-.2h-.1v-.2h.1l.1-.1.1-.2.1-.1h-.3v-.1h-.4l-.1-.1H10v-.2h-.5v-.1h-.4L9 4.5v-.4h.1V4h.2l.1-.1h.1v-.2h.3l.1-.1h.2v-.1h.3v-.1h.2l.1-.1h.4l.1-.1h-.3v-.1h-.2v-.3l.1-.1v-.4h.2l.1-.1v-.1h.2V2h-.1v-.1H11v.3h-.1l-.1.1v.1h-.1v.1h-.1v.1h-.2l-.1.1v.1H10V3h-.4l-.1-.1h-.1V3h.1v.6h-.2v.1h-.1v.1H9V4h-.4v.5h-.1v.1h-.2l-.1.1v.8l.1.1v.1l-.1.1-.1.1-.2.1h-.1l-.2.1-.2.1h-.6L6.6 6h-.3v-.1h-.1v.2h.1l.2.1h.2l.1.1.1.1H7v.9h-.1v.1h-.1l-.1.2v.1h-.2v-.1h-.2v.1h.1v.1h.1V8h-.1l-.1.1v.1h-.1v.1H6l-.1.1h-.2v.1h-.1l-.1.1-.3-.1h-.6v-.1h-.4v.2H4v.2l-.2.1h.3v.7H4v.3l-.2.1v.2l-.1.1-.2.3-.2.1v.1l-.1.1v.1l-.2.2h-.3v.2h1.4l.3.1h.2l.1.1v.1l.1.1v.1l.2.2-.1.1-.2.1v.3l-.1.3-.1.1h-.1l-.2.2-.2.2-.4.1-.2.1v.2l-.3.2-.1.2v.5l.1.1.1.1h.1l.1.1.1.2H4v.2l.1.1v.2h.3l.1-.1.1-.2v-.1l.2-.1h.7l.1.1.1.1h.1v.3H6v.3h.2v.1l.4.2h.1v.1h.1v.1l.2.2v.1h.1v.1h.1v.1h.2v.1l.3.1.3-.3.7.2.2.1.1.1h.1v.1l.2.2.1.2h.2l.1-.1h.1v-.2h.2v-.2l.1-.1V17l.2-.2h.2v.2h.2v.1l-.1.1v.2h.1v.2l.1.2v.2h-.2v.9h-.2v.1h-.1l-.1.1v.1H10l-.1.1h-.2v.3h.1l.1.1.1.2v.3h.1v.2l1.2.1v-.1l.2.1v.3l-.7.2-.2.1v.4h-.1v.7l.4.4v.5h.1v.2h.1v.8h-.2v.7l-.1.3-.1.3-.2.5v.1l.3.2h.7l.1.1h.4l.1.1h.1l.2.2h.2v.4l-.1.2h-1l-.3.2-.3-.2h-.2v.2l-.3.4-.2.2-.2.2h-.5v.2l.1.1h.2v.1l.1.1h.1v.1h.1v.1l.1.1.1.1v.2h.1v.1h.2v.1h.2v.1l.1.1v.1h.7v.1h.2l.2.1v.1l.2.2v.3h.2v.3l.1.1v.1h.1v.1l.1.1v.1l.1.2h.2v.1l.2.2v.1l.2.1v.2h.4l.2.1v.1h.2l.3.7h.4l.1.1h.2v.4l.2.5v.6h.3l.1.1v.4l.1.2h.2l.1.2.1.1.1.1v.2l.1.1v.3l.1.2.1.2v.1l.1.2v.6l-.3.9-.4.4-1 .3h-.6l-.6-.4-.3-.2v-.2l-.2-.1h-.3l-.4-.2-.2-.1-.1-.1H12V38h-.4l-.2-.1h-.1v-.2H11l-.1-.2h-.1l-.2-.4v-1.3l.1-.1v-.5l-.3-.3-.1-.1v-.2h-.6l-.1-.1H7.4l-.2.1h-.5v.4H7l.1.1h.1l.3.5.2.5v.3l.2.1v.5l.2.1v.3l.2.2.1.1h.3l.2.3v.1l.1.1v.2l-.2.1v.2h.4l.2-.2.2-.1h.2v-.2h.6l.2.2.1.2.2.2v.6l-.1.1h-.1v.6l-.1.1v.4l-.1.2-.1.2-.2.2-.2.2-.1.2-.2.2-.1.2h-.3l-.2.1-.2.1-.3.2h-.1l-.1.1-.1.1H8v.4h-.1v.1H8l.2-.1h.3l.4.3.6.4.5-.3h.4l.2-.3.2-.2.1-.2v-.1l.7.3v1.4l-.1.1-.2.1v.8l.2.4-.2.4-.2.2v.4h.2l.1.2.1.2v.1h.1V47l.3-.8V46l.4-.4.2-.1h.2l.2-.1.3.1.3.1h.1v.3l.2.4-.2.5.1.2v.4l.3-.1h.2l.1-.1h.2V47l.1-.2h.4l.4.1v.3l.2.3v.3l.2.1h.3zM1 0 .9.3v.1L.8.5H.7L.5.8H.3v.1H0V1l.1.2v.2h.4l.1-.1h.2l.2.1.2.2.2.1.1.2v.4l-.1.1h-.2v.1l-.1.2v.2l.1-.2v-.2h.6l.2-.2V2l.2-.1v-.1h.2l.3-.2H3v-.3l-.1-.1h-.1L2.4 1V.7H2V.5L1.7.3h-.2V.2h-.2z",
        onClick: t[0] || (t[0] = (s) => e.onclick(s)),
        onDblclick: t[1] || (t[1] = (s) => e.ondblclick()),
        onMouseenter: t[2] || (t[2] = (s) => e.onenter(s)),
        onMouseleave: t[3] || (t[3] = (s) => e.onleave(s))
      }, null, 32)
    ], 8, e5)
  ]);
}
const i5 = /* @__PURE__ */ en(Jm, [["render", n5]]), s5 = {
  France: _m,
  FranceReg: Fm,
  // FranceAcad,
  Guadeloupe: Lm,
  Martinique: Hm,
  Guyane: Gm,
  Reunion: Qm,
  Mayotte: i5
}, { min: o5, max: l5 } = Math, In = (e, t = 0, n = 1) => o5(l5(t, e), n), Qr = (e) => {
  e._clipped = !1, e._unclipped = e.slice(0);
  for (let t = 0; t <= 3; t++)
    t < 3 ? ((e[t] < 0 || e[t] > 255) && (e._clipped = !0), e[t] = In(e[t], 0, 255)) : t === 3 && (e[t] = In(e[t], 0, 1));
  return e;
}, lh = {};
for (let e of [
  "Boolean",
  "Number",
  "String",
  "Function",
  "Array",
  "Date",
  "RegExp",
  "Undefined",
  "Null"
])
  lh[`[object ${e}]`] = e.toLowerCase();
function ot(e) {
  return lh[Object.prototype.toString.call(e)] || "object";
}
const et = (e, t = null) => e.length >= 3 ? Array.prototype.slice.call(e) : ot(e[0]) == "object" && t ? t.split("").filter((n) => e[0][n] !== void 0).map((n) => e[0][n]) : e[0].slice(0), pi = (e) => {
  if (e.length < 2) return null;
  const t = e.length - 1;
  return ot(e[t]) == "string" ? e[t].toLowerCase() : null;
}, { PI: Uo, min: rh, max: ah } = Math, re = (e) => Math.round(e * 100) / 100, ar = (e) => Math.round(e * 100) / 100, Ye = Uo * 2, yl = Uo / 3, r5 = Uo / 180, a5 = 180 / Uo;
function ch(e) {
  return [...e.slice(0, 3).reverse(), ...e.slice(3)];
}
const J = {
  format: {},
  autodetect: []
};
class L {
  constructor(...t) {
    const n = this;
    if (ot(t[0]) === "object" && t[0].constructor && t[0].constructor === this.constructor)
      return t[0];
    let i = pi(t), o = !1;
    if (!i) {
      o = !0, J.sorted || (J.autodetect = J.autodetect.sort((l, s) => s.p - l.p), J.sorted = !0);
      for (let l of J.autodetect)
        if (i = l.test(...t), i) break;
    }
    if (J.format[i]) {
      const l = J.format[i].apply(
        null,
        o ? t : t.slice(0, -1)
      );
      n._rgb = Qr(l);
    } else
      throw new Error("unknown format: " + t);
    n._rgb.length === 3 && n._rgb.push(1);
  }
  toString() {
    return ot(this.hex) == "function" ? this.hex() : `[${this._rgb.join(",")}]`;
  }
}
const c5 = "3.1.2", it = (...e) => new L(...e);
it.version = c5;
const fi = {
  aliceblue: "#f0f8ff",
  antiquewhite: "#faebd7",
  aqua: "#00ffff",
  aquamarine: "#7fffd4",
  azure: "#f0ffff",
  beige: "#f5f5dc",
  bisque: "#ffe4c4",
  black: "#000000",
  blanchedalmond: "#ffebcd",
  blue: "#0000ff",
  blueviolet: "#8a2be2",
  brown: "#a52a2a",
  burlywood: "#deb887",
  cadetblue: "#5f9ea0",
  chartreuse: "#7fff00",
  chocolate: "#d2691e",
  coral: "#ff7f50",
  cornflowerblue: "#6495ed",
  cornsilk: "#fff8dc",
  crimson: "#dc143c",
  cyan: "#00ffff",
  darkblue: "#00008b",
  darkcyan: "#008b8b",
  darkgoldenrod: "#b8860b",
  darkgray: "#a9a9a9",
  darkgreen: "#006400",
  darkgrey: "#a9a9a9",
  darkkhaki: "#bdb76b",
  darkmagenta: "#8b008b",
  darkolivegreen: "#556b2f",
  darkorange: "#ff8c00",
  darkorchid: "#9932cc",
  darkred: "#8b0000",
  darksalmon: "#e9967a",
  darkseagreen: "#8fbc8f",
  darkslateblue: "#483d8b",
  darkslategray: "#2f4f4f",
  darkslategrey: "#2f4f4f",
  darkturquoise: "#00ced1",
  darkviolet: "#9400d3",
  deeppink: "#ff1493",
  deepskyblue: "#00bfff",
  dimgray: "#696969",
  dimgrey: "#696969",
  dodgerblue: "#1e90ff",
  firebrick: "#b22222",
  floralwhite: "#fffaf0",
  forestgreen: "#228b22",
  fuchsia: "#ff00ff",
  gainsboro: "#dcdcdc",
  ghostwhite: "#f8f8ff",
  gold: "#ffd700",
  goldenrod: "#daa520",
  gray: "#808080",
  green: "#008000",
  greenyellow: "#adff2f",
  grey: "#808080",
  honeydew: "#f0fff0",
  hotpink: "#ff69b4",
  indianred: "#cd5c5c",
  indigo: "#4b0082",
  ivory: "#fffff0",
  khaki: "#f0e68c",
  laserlemon: "#ffff54",
  lavender: "#e6e6fa",
  lavenderblush: "#fff0f5",
  lawngreen: "#7cfc00",
  lemonchiffon: "#fffacd",
  lightblue: "#add8e6",
  lightcoral: "#f08080",
  lightcyan: "#e0ffff",
  lightgoldenrod: "#fafad2",
  lightgoldenrodyellow: "#fafad2",
  lightgray: "#d3d3d3",
  lightgreen: "#90ee90",
  lightgrey: "#d3d3d3",
  lightpink: "#ffb6c1",
  lightsalmon: "#ffa07a",
  lightseagreen: "#20b2aa",
  lightskyblue: "#87cefa",
  lightslategray: "#778899",
  lightslategrey: "#778899",
  lightsteelblue: "#b0c4de",
  lightyellow: "#ffffe0",
  lime: "#00ff00",
  limegreen: "#32cd32",
  linen: "#faf0e6",
  magenta: "#ff00ff",
  maroon: "#800000",
  maroon2: "#7f0000",
  maroon3: "#b03060",
  mediumaquamarine: "#66cdaa",
  mediumblue: "#0000cd",
  mediumorchid: "#ba55d3",
  mediumpurple: "#9370db",
  mediumseagreen: "#3cb371",
  mediumslateblue: "#7b68ee",
  mediumspringgreen: "#00fa9a",
  mediumturquoise: "#48d1cc",
  mediumvioletred: "#c71585",
  midnightblue: "#191970",
  mintcream: "#f5fffa",
  mistyrose: "#ffe4e1",
  moccasin: "#ffe4b5",
  navajowhite: "#ffdead",
  navy: "#000080",
  oldlace: "#fdf5e6",
  olive: "#808000",
  olivedrab: "#6b8e23",
  orange: "#ffa500",
  orangered: "#ff4500",
  orchid: "#da70d6",
  palegoldenrod: "#eee8aa",
  palegreen: "#98fb98",
  paleturquoise: "#afeeee",
  palevioletred: "#db7093",
  papayawhip: "#ffefd5",
  peachpuff: "#ffdab9",
  peru: "#cd853f",
  pink: "#ffc0cb",
  plum: "#dda0dd",
  powderblue: "#b0e0e6",
  purple: "#800080",
  purple2: "#7f007f",
  purple3: "#a020f0",
  rebeccapurple: "#663399",
  red: "#ff0000",
  rosybrown: "#bc8f8f",
  royalblue: "#4169e1",
  saddlebrown: "#8b4513",
  salmon: "#fa8072",
  sandybrown: "#f4a460",
  seagreen: "#2e8b57",
  seashell: "#fff5ee",
  sienna: "#a0522d",
  silver: "#c0c0c0",
  skyblue: "#87ceeb",
  slateblue: "#6a5acd",
  slategray: "#708090",
  slategrey: "#708090",
  snow: "#fffafa",
  springgreen: "#00ff7f",
  steelblue: "#4682b4",
  tan: "#d2b48c",
  teal: "#008080",
  thistle: "#d8bfd8",
  tomato: "#ff6347",
  turquoise: "#40e0d0",
  violet: "#ee82ee",
  wheat: "#f5deb3",
  white: "#ffffff",
  whitesmoke: "#f5f5f5",
  yellow: "#ffff00",
  yellowgreen: "#9acd32"
}, f5 = /^#?([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/, u5 = /^#?([A-Fa-f0-9]{8}|[A-Fa-f0-9]{4})$/, fh = (e) => {
  if (e.match(f5)) {
    (e.length === 4 || e.length === 7) && (e = e.substr(1)), e.length === 3 && (e = e.split(""), e = e[0] + e[0] + e[1] + e[1] + e[2] + e[2]);
    const t = parseInt(e, 16), n = t >> 16, i = t >> 8 & 255, o = t & 255;
    return [n, i, o, 1];
  }
  if (e.match(u5)) {
    (e.length === 5 || e.length === 9) && (e = e.substr(1)), e.length === 4 && (e = e.split(""), e = e[0] + e[0] + e[1] + e[1] + e[2] + e[2] + e[3] + e[3]);
    const t = parseInt(e, 16), n = t >> 24 & 255, i = t >> 16 & 255, o = t >> 8 & 255, l = Math.round((t & 255) / 255 * 100) / 100;
    return [n, i, o, l];
  }
  throw new Error(`unknown hex color: ${e}`);
}, { round: Ls } = Math, uh = (...e) => {
  let [t, n, i, o] = et(e, "rgba"), l = pi(e) || "auto";
  o === void 0 && (o = 1), l === "auto" && (l = o < 1 ? "rgba" : "rgb"), t = Ls(t), n = Ls(n), i = Ls(i);
  let r = "000000" + (t << 16 | n << 8 | i).toString(16);
  r = r.substr(r.length - 6);
  let a = "0" + Ls(o * 255).toString(16);
  switch (a = a.substr(a.length - 2), l.toLowerCase()) {
    case "rgba":
      return `#${r}${a}`;
    case "argb":
      return `#${a}${r}`;
    default:
      return `#${r}`;
  }
};
L.prototype.name = function() {
  const e = uh(this._rgb, "rgb");
  for (let t of Object.keys(fi))
    if (fi[t] === e) return t.toLowerCase();
  return e;
};
J.format.named = (e) => {
  if (e = e.toLowerCase(), fi[e]) return fh(fi[e]);
  throw new Error("unknown color name: " + e);
};
J.autodetect.push({
  p: 5,
  test: (e, ...t) => {
    if (!t.length && ot(e) === "string" && fi[e.toLowerCase()])
      return "named";
  }
});
L.prototype.alpha = function(e, t = !1) {
  return e !== void 0 && ot(e) === "number" ? t ? (this._rgb[3] = e, this) : new L([this._rgb[0], this._rgb[1], this._rgb[2], e], "rgb") : this._rgb[3];
};
L.prototype.clipped = function() {
  return this._rgb._clipped || !1;
};
const Ve = {
  // Corresponds roughly to RGB brighter/darker
  Kn: 18,
  // D65 standard referent
  labWhitePoint: "d65",
  Xn: 0.95047,
  Yn: 1,
  Zn: 1.08883,
  kE: 216 / 24389,
  kKE: 8,
  kK: 24389 / 27,
  RefWhiteRGB: {
    // sRGB
    X: 0.95047,
    Y: 1,
    Z: 1.08883
  },
  MtxRGB2XYZ: {
    m00: 0.4124564390896922,
    m01: 0.21267285140562253,
    m02: 0.0193338955823293,
    m10: 0.357576077643909,
    m11: 0.715152155287818,
    m12: 0.11919202588130297,
    m20: 0.18043748326639894,
    m21: 0.07217499330655958,
    m22: 0.9503040785363679
  },
  MtxXYZ2RGB: {
    m00: 3.2404541621141045,
    m01: -0.9692660305051868,
    m02: 0.055643430959114726,
    m10: -1.5371385127977166,
    m11: 1.8760108454466942,
    m12: -0.2040259135167538,
    m20: -0.498531409556016,
    m21: 0.041556017530349834,
    m22: 1.0572251882231791
  },
  // used in rgb2xyz
  As: 0.9414285350000001,
  Bs: 1.040417467,
  Cs: 1.089532651,
  MtxAdaptMa: {
    m00: 0.8951,
    m01: -0.7502,
    m02: 0.0389,
    m10: 0.2664,
    m11: 1.7135,
    m12: -0.0685,
    m20: -0.1614,
    m21: 0.0367,
    m22: 1.0296
  },
  MtxAdaptMaI: {
    m00: 0.9869929054667123,
    m01: 0.43230526972339456,
    m02: -0.008528664575177328,
    m10: -0.14705425642099013,
    m11: 0.5183602715367776,
    m12: 0.04004282165408487,
    m20: 0.15996265166373125,
    m21: 0.0492912282128556,
    m22: 0.9684866957875502
  }
}, h5 = /* @__PURE__ */ new Map([
  // ASTM E308-01
  ["a", [1.0985, 0.35585]],
  // Wyszecki & Stiles, p. 769
  ["b", [1.0985, 0.35585]],
  // C ASTM E308-01
  ["c", [0.98074, 1.18232]],
  // D50 (ASTM E308-01)
  ["d50", [0.96422, 0.82521]],
  // D55 (ASTM E308-01)
  ["d55", [0.95682, 0.92149]],
  // D65 (ASTM E308-01)
  ["d65", [0.95047, 1.08883]],
  // E (ASTM E308-01)
  ["e", [1, 1, 1]],
  // F2 (ASTM E308-01)
  ["f2", [0.99186, 0.67393]],
  // F7 (ASTM E308-01)
  ["f7", [0.95041, 1.08747]],
  // F11 (ASTM E308-01)
  ["f11", [1.00962, 0.6435]],
  ["icc", [0.96422, 0.82521]]
]);
function Ke(e) {
  const t = h5.get(String(e).toLowerCase());
  if (!t)
    throw new Error("unknown Lab illuminant " + e);
  Ve.labWhitePoint = e, Ve.Xn = t[0], Ve.Zn = t[1];
}
function ns() {
  return Ve.labWhitePoint;
}
const Jr = (...e) => {
  e = et(e, "lab");
  const [t, n, i] = e, [o, l, s] = d5(t, n, i), [r, a, c] = hh(o, l, s);
  return [r, a, c, e.length > 3 ? e[3] : 1];
}, d5 = (e, t, n) => {
  const { kE: i, kK: o, kKE: l, Xn: s, Yn: r, Zn: a } = Ve, c = (e + 16) / 116, f = 2e-3 * t + c, u = c - 5e-3 * n, h = f * f * f, d = u * u * u, p = h > i ? h : (116 * f - 16) / o, v = e > l ? Math.pow((e + 16) / 116, 3) : e / o, m = d > i ? d : (116 * u - 16) / o, y = p * s, _ = v * r, O = m * a;
  return [y, _, O];
}, kl = (e) => {
  const t = Math.sign(e);
  return e = Math.abs(e), (e <= 31308e-7 ? e * 12.92 : 1.055 * Math.pow(e, 1 / 2.4) - 0.055) * t;
}, hh = (e, t, n) => {
  const { MtxAdaptMa: i, MtxAdaptMaI: o, MtxXYZ2RGB: l, RefWhiteRGB: s, Xn: r, Yn: a, Zn: c } = Ve, f = r * i.m00 + a * i.m10 + c * i.m20, u = r * i.m01 + a * i.m11 + c * i.m21, h = r * i.m02 + a * i.m12 + c * i.m22, d = s.X * i.m00 + s.Y * i.m10 + s.Z * i.m20, p = s.X * i.m01 + s.Y * i.m11 + s.Z * i.m21, v = s.X * i.m02 + s.Y * i.m12 + s.Z * i.m22, m = (e * i.m00 + t * i.m10 + n * i.m20) * (d / f), y = (e * i.m01 + t * i.m11 + n * i.m21) * (p / u), _ = (e * i.m02 + t * i.m12 + n * i.m22) * (v / h), O = m * o.m00 + y * o.m10 + _ * o.m20, P = m * o.m01 + y * o.m11 + _ * o.m21, M = m * o.m02 + y * o.m12 + _ * o.m22, N = kl(
    O * l.m00 + P * l.m10 + M * l.m20
  ), w = kl(
    O * l.m01 + P * l.m11 + M * l.m21
  ), C = kl(
    O * l.m02 + P * l.m12 + M * l.m22
  );
  return [N * 255, w * 255, C * 255];
}, ta = (...e) => {
  const [t, n, i, ...o] = et(e, "rgb"), [l, s, r] = dh(t, n, i), [a, c, f] = p5(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
function p5(e, t, n) {
  const { Xn: i, Yn: o, Zn: l, kE: s, kK: r } = Ve, a = e / i, c = t / o, f = n / l, u = a > s ? Math.pow(a, 1 / 3) : (r * a + 16) / 116, h = c > s ? Math.pow(c, 1 / 3) : (r * c + 16) / 116, d = f > s ? Math.pow(f, 1 / 3) : (r * f + 16) / 116;
  return [116 * h - 16, 500 * (u - h), 200 * (h - d)];
}
function wl(e) {
  const t = Math.sign(e);
  return e = Math.abs(e), (e <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4)) * t;
}
const dh = (e, t, n) => {
  e = wl(e / 255), t = wl(t / 255), n = wl(n / 255);
  const { MtxRGB2XYZ: i, MtxAdaptMa: o, MtxAdaptMaI: l, Xn: s, Yn: r, Zn: a, As: c, Bs: f, Cs: u } = Ve;
  let h = e * i.m00 + t * i.m10 + n * i.m20, d = e * i.m01 + t * i.m11 + n * i.m21, p = e * i.m02 + t * i.m12 + n * i.m22;
  const v = s * o.m00 + r * o.m10 + a * o.m20, m = s * o.m01 + r * o.m11 + a * o.m21, y = s * o.m02 + r * o.m12 + a * o.m22;
  let _ = h * o.m00 + d * o.m10 + p * o.m20, O = h * o.m01 + d * o.m11 + p * o.m21, P = h * o.m02 + d * o.m12 + p * o.m22;
  return _ *= v / c, O *= m / f, P *= y / u, h = _ * l.m00 + O * l.m10 + P * l.m20, d = _ * l.m01 + O * l.m11 + P * l.m21, p = _ * l.m02 + O * l.m12 + P * l.m22, [h, d, p];
};
L.prototype.lab = function() {
  return ta(this._rgb);
};
const g5 = (...e) => new L(...e, "lab");
Object.assign(it, { lab: g5, getLabWhitePoint: ns, setLabWhitePoint: Ke });
J.format.lab = Jr;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "lab"), ot(e) === "array" && e.length === 3)
      return "lab";
  }
});
L.prototype.darken = function(e = 1) {
  const t = this, n = t.lab();
  return n[0] -= Ve.Kn * e, new L(n, "lab").alpha(t.alpha(), !0);
};
L.prototype.brighten = function(e = 1) {
  return this.darken(-e);
};
L.prototype.darker = L.prototype.darken;
L.prototype.brighter = L.prototype.brighten;
L.prototype.get = function(e) {
  const [t, n] = e.split("."), i = this[t]();
  if (n) {
    const o = t.indexOf(n) - (t.substr(0, 2) === "ok" ? 2 : 0);
    if (o > -1) return i[o];
    throw new Error(`unknown channel ${n} in mode ${t}`);
  } else
    return i;
};
const { pow: v5 } = Math, m5 = 1e-7, b5 = 20;
L.prototype.luminance = function(e, t = "rgb") {
  if (e !== void 0 && ot(e) === "number") {
    if (e === 0)
      return new L([0, 0, 0, this._rgb[3]], "rgb");
    if (e === 1)
      return new L([255, 255, 255, this._rgb[3]], "rgb");
    let n = this.luminance(), i = b5;
    const o = (s, r) => {
      const a = s.interpolate(r, 0.5, t), c = a.luminance();
      return Math.abs(e - c) < m5 || !i-- ? a : c > e ? o(s, a) : o(a, r);
    }, l = (n > e ? o(new L([0, 0, 0]), this) : o(this, new L([255, 255, 255]))).rgb();
    return new L([...l, this._rgb[3]]);
  }
  return y5(...this._rgb.slice(0, 3));
};
const y5 = (e, t, n) => (e = xl(e), t = xl(t), n = xl(n), 0.2126 * e + 0.7152 * t + 0.0722 * n), xl = (e) => (e /= 255, e <= 0.03928 ? e / 12.92 : v5((e + 0.055) / 1.055, 2.4)), Tt = {}, ui = (e, t, n = 0.5, ...i) => {
  let o = i[0] || "lrgb";
  if (!Tt[o] && !i.length && (o = Object.keys(Tt)[0]), !Tt[o])
    throw new Error(`interpolation mode ${o} is not defined`);
  return ot(e) !== "object" && (e = new L(e)), ot(t) !== "object" && (t = new L(t)), Tt[o](e, t, n).alpha(
    e.alpha() + n * (t.alpha() - e.alpha())
  );
};
L.prototype.mix = L.prototype.interpolate = function(e, t = 0.5, ...n) {
  return ui(this, e, t, ...n);
};
L.prototype.premultiply = function(e = !1) {
  const t = this._rgb, n = t[3];
  return e ? (this._rgb = [t[0] * n, t[1] * n, t[2] * n, n], this) : new L([t[0] * n, t[1] * n, t[2] * n, n], "rgb");
};
const { sin: k5, cos: w5 } = Math, ph = (...e) => {
  let [t, n, i] = et(e, "lch");
  return isNaN(i) && (i = 0), i = i * r5, [t, w5(i) * n, k5(i) * n];
}, ea = (...e) => {
  e = et(e, "lch");
  const [t, n, i] = e, [o, l, s] = ph(t, n, i), [r, a, c] = Jr(o, l, s);
  return [r, a, c, e.length > 3 ? e[3] : 1];
}, x5 = (...e) => {
  const t = ch(et(e, "hcl"));
  return ea(...t);
}, { sqrt: M5, atan2: E5, round: D5 } = Math, gh = (...e) => {
  const [t, n, i] = et(e, "lab"), o = M5(n * n + i * i);
  let l = (E5(i, n) * a5 + 360) % 360;
  return D5(o * 1e4) === 0 && (l = Number.NaN), [t, o, l];
}, na = (...e) => {
  const [t, n, i, ...o] = et(e, "rgb"), [l, s, r] = ta(t, n, i), [a, c, f] = gh(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
L.prototype.lch = function() {
  return na(this._rgb);
};
L.prototype.hcl = function() {
  return ch(na(this._rgb));
};
const C5 = (...e) => new L(...e, "lch"), _5 = (...e) => new L(...e, "hcl");
Object.assign(it, { lch: C5, hcl: _5 });
J.format.lch = ea;
J.format.hcl = x5;
["lch", "hcl"].forEach(
  (e) => J.autodetect.push({
    p: 2,
    test: (...t) => {
      if (t = et(t, e), ot(t) === "array" && t.length === 3)
        return e;
    }
  })
);
L.prototype.saturate = function(e = 1) {
  const t = this, n = t.lch();
  return n[1] += Ve.Kn * e, n[1] < 0 && (n[1] = 0), new L(n, "lch").alpha(t.alpha(), !0);
};
L.prototype.desaturate = function(e = 1) {
  return this.saturate(-e);
};
L.prototype.set = function(e, t, n = !1) {
  const [i, o] = e.split("."), l = this[i]();
  if (o) {
    const s = i.indexOf(o) - (i.substr(0, 2) === "ok" ? 2 : 0);
    if (s > -1) {
      if (ot(t) == "string")
        switch (t.charAt(0)) {
          case "+":
            l[s] += +t;
            break;
          case "-":
            l[s] += +t;
            break;
          case "*":
            l[s] *= +t.substr(1);
            break;
          case "/":
            l[s] /= +t.substr(1);
            break;
          default:
            l[s] = +t;
        }
      else if (ot(t) === "number")
        l[s] = t;
      else
        throw new Error("unsupported value for Color.set");
      const r = new L(l, i);
      return n ? (this._rgb = r._rgb, this) : r;
    }
    throw new Error(`unknown channel ${o} in mode ${i}`);
  } else
    return l;
};
L.prototype.tint = function(e = 0.5, ...t) {
  return ui(this, "white", e, ...t);
};
L.prototype.shade = function(e = 0.5, ...t) {
  return ui(this, "black", e, ...t);
};
const O5 = (e, t, n) => {
  const i = e._rgb, o = t._rgb;
  return new L(
    i[0] + n * (o[0] - i[0]),
    i[1] + n * (o[1] - i[1]),
    i[2] + n * (o[2] - i[2]),
    "rgb"
  );
};
Tt.rgb = O5;
const { sqrt: Ml, pow: Kn } = Math, N5 = (e, t, n) => {
  const [i, o, l] = e._rgb, [s, r, a] = t._rgb;
  return new L(
    Ml(Kn(i, 2) * (1 - n) + Kn(s, 2) * n),
    Ml(Kn(o, 2) * (1 - n) + Kn(r, 2) * n),
    Ml(Kn(l, 2) * (1 - n) + Kn(a, 2) * n),
    "rgb"
  );
};
Tt.lrgb = N5;
const S5 = (e, t, n) => {
  const i = e.lab(), o = t.lab();
  return new L(
    i[0] + n * (o[0] - i[0]),
    i[1] + n * (o[1] - i[1]),
    i[2] + n * (o[2] - i[2]),
    "lab"
  );
};
Tt.lab = S5;
const gi = (e, t, n, i) => {
  let o, l;
  i === "hsl" ? (o = e.hsl(), l = t.hsl()) : i === "hsv" ? (o = e.hsv(), l = t.hsv()) : i === "hcg" ? (o = e.hcg(), l = t.hcg()) : i === "hsi" ? (o = e.hsi(), l = t.hsi()) : i === "lch" || i === "hcl" ? (i = "hcl", o = e.hcl(), l = t.hcl()) : i === "oklch" && (o = e.oklch().reverse(), l = t.oklch().reverse());
  let s, r, a, c, f, u;
  (i.substr(0, 1) === "h" || i === "oklch") && ([s, a, f] = o, [r, c, u] = l);
  let h, d, p, v;
  return !isNaN(s) && !isNaN(r) ? (r > s && r - s > 180 ? v = r - (s + 360) : r < s && s - r > 180 ? v = r + 360 - s : v = r - s, d = s + n * v) : isNaN(s) ? isNaN(r) ? d = Number.NaN : (d = r, (f == 1 || f == 0) && i != "hsv" && (h = c)) : (d = s, (u == 1 || u == 0) && i != "hsv" && (h = a)), h === void 0 && (h = a + n * (c - a)), p = f + n * (u - f), i === "oklch" ? new L([p, h, d], i) : new L([d, h, p], i);
}, vh = (e, t, n) => gi(e, t, n, "lch");
Tt.lch = vh;
Tt.hcl = vh;
const R5 = (e) => {
  if (ot(e) == "number" && e >= 0 && e <= 16777215) {
    const t = e >> 16, n = e >> 8 & 255, i = e & 255;
    return [t, n, i, 1];
  }
  throw new Error("unknown num color: " + e);
}, F5 = (...e) => {
  const [t, n, i] = et(e, "rgb");
  return (t << 16) + (n << 8) + i;
};
L.prototype.num = function() {
  return F5(this._rgb);
};
const A5 = (...e) => new L(...e, "num");
Object.assign(it, { num: A5 });
J.format.num = R5;
J.autodetect.push({
  p: 5,
  test: (...e) => {
    if (e.length === 1 && ot(e[0]) === "number" && e[0] >= 0 && e[0] <= 16777215)
      return "num";
  }
});
const P5 = (e, t, n) => {
  const i = e.num(), o = t.num();
  return new L(i + n * (o - i), "num");
};
Tt.num = P5;
const { floor: T5 } = Math, V5 = (...e) => {
  e = et(e, "hcg");
  let [t, n, i] = e, o, l, s;
  i = i * 255;
  const r = n * 255;
  if (n === 0)
    o = l = s = i;
  else {
    t === 360 && (t = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 60;
    const a = T5(t), c = t - a, f = i * (1 - n), u = f + r * (1 - c), h = f + r * c, d = f + r;
    switch (a) {
      case 0:
        [o, l, s] = [d, h, f];
        break;
      case 1:
        [o, l, s] = [u, d, f];
        break;
      case 2:
        [o, l, s] = [f, d, h];
        break;
      case 3:
        [o, l, s] = [f, u, d];
        break;
      case 4:
        [o, l, s] = [h, f, d];
        break;
      case 5:
        [o, l, s] = [d, f, u];
        break;
    }
  }
  return [o, l, s, e.length > 3 ? e[3] : 1];
}, L5 = (...e) => {
  const [t, n, i] = et(e, "rgb"), o = rh(t, n, i), l = ah(t, n, i), s = l - o, r = s * 100 / 255, a = o / (255 - s) * 100;
  let c;
  return s === 0 ? c = Number.NaN : (t === l && (c = (n - i) / s), n === l && (c = 2 + (i - t) / s), i === l && (c = 4 + (t - n) / s), c *= 60, c < 0 && (c += 360)), [c, r, a];
};
L.prototype.hcg = function() {
  return L5(this._rgb);
};
const I5 = (...e) => new L(...e, "hcg");
it.hcg = I5;
J.format.hcg = V5;
J.autodetect.push({
  p: 1,
  test: (...e) => {
    if (e = et(e, "hcg"), ot(e) === "array" && e.length === 3)
      return "hcg";
  }
});
const $5 = (e, t, n) => gi(e, t, n, "hcg");
Tt.hcg = $5;
const { cos: Xn } = Math, z5 = (...e) => {
  e = et(e, "hsi");
  let [t, n, i] = e, o, l, s;
  return isNaN(t) && (t = 0), isNaN(n) && (n = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 360, t < 1 / 3 ? (s = (1 - n) / 3, o = (1 + n * Xn(Ye * t) / Xn(yl - Ye * t)) / 3, l = 1 - (s + o)) : t < 2 / 3 ? (t -= 1 / 3, o = (1 - n) / 3, l = (1 + n * Xn(Ye * t) / Xn(yl - Ye * t)) / 3, s = 1 - (o + l)) : (t -= 2 / 3, l = (1 - n) / 3, s = (1 + n * Xn(Ye * t) / Xn(yl - Ye * t)) / 3, o = 1 - (l + s)), o = In(i * o * 3), l = In(i * l * 3), s = In(i * s * 3), [o * 255, l * 255, s * 255, e.length > 3 ? e[3] : 1];
}, { min: B5, sqrt: H5, acos: j5 } = Math, W5 = (...e) => {
  let [t, n, i] = et(e, "rgb");
  t /= 255, n /= 255, i /= 255;
  let o;
  const l = B5(t, n, i), s = (t + n + i) / 3, r = s > 0 ? 1 - l / s : 0;
  return r === 0 ? o = NaN : (o = (t - n + (t - i)) / 2, o /= H5((t - n) * (t - n) + (t - i) * (n - i)), o = j5(o), i > n && (o = Ye - o), o /= Ye), [o * 360, r, s];
};
L.prototype.hsi = function() {
  return W5(this._rgb);
};
const q5 = (...e) => new L(...e, "hsi");
it.hsi = q5;
J.format.hsi = z5;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "hsi"), ot(e) === "array" && e.length === 3)
      return "hsi";
  }
});
const U5 = (e, t, n) => gi(e, t, n, "hsi");
Tt.hsi = U5;
const cr = (...e) => {
  e = et(e, "hsl");
  const [t, n, i] = e;
  let o, l, s;
  if (n === 0)
    o = l = s = i * 255;
  else {
    const r = [0, 0, 0], a = [0, 0, 0], c = i < 0.5 ? i * (1 + n) : i + n - i * n, f = 2 * i - c, u = t / 360;
    r[0] = u + 1 / 3, r[1] = u, r[2] = u - 1 / 3;
    for (let h = 0; h < 3; h++)
      r[h] < 0 && (r[h] += 1), r[h] > 1 && (r[h] -= 1), 6 * r[h] < 1 ? a[h] = f + (c - f) * 6 * r[h] : 2 * r[h] < 1 ? a[h] = c : 3 * r[h] < 2 ? a[h] = f + (c - f) * (2 / 3 - r[h]) * 6 : a[h] = f;
    [o, l, s] = [a[0] * 255, a[1] * 255, a[2] * 255];
  }
  return e.length > 3 ? [o, l, s, e[3]] : [o, l, s, 1];
}, mh = (...e) => {
  e = et(e, "rgba");
  let [t, n, i] = e;
  t /= 255, n /= 255, i /= 255;
  const o = rh(t, n, i), l = ah(t, n, i), s = (l + o) / 2;
  let r, a;
  return l === o ? (r = 0, a = Number.NaN) : r = s < 0.5 ? (l - o) / (l + o) : (l - o) / (2 - l - o), t == l ? a = (n - i) / (l - o) : n == l ? a = 2 + (i - t) / (l - o) : i == l && (a = 4 + (t - n) / (l - o)), a *= 60, a < 0 && (a += 360), e.length > 3 && e[3] !== void 0 ? [a, r, s, e[3]] : [a, r, s];
};
L.prototype.hsl = function() {
  return mh(this._rgb);
};
const G5 = (...e) => new L(...e, "hsl");
it.hsl = G5;
J.format.hsl = cr;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "hsl"), ot(e) === "array" && e.length === 3)
      return "hsl";
  }
});
const Y5 = (e, t, n) => gi(e, t, n, "hsl");
Tt.hsl = Y5;
const { floor: K5 } = Math, X5 = (...e) => {
  e = et(e, "hsv");
  let [t, n, i] = e, o, l, s;
  if (i *= 255, n === 0)
    o = l = s = i;
  else {
    t === 360 && (t = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 60;
    const r = K5(t), a = t - r, c = i * (1 - n), f = i * (1 - n * a), u = i * (1 - n * (1 - a));
    switch (r) {
      case 0:
        [o, l, s] = [i, u, c];
        break;
      case 1:
        [o, l, s] = [f, i, c];
        break;
      case 2:
        [o, l, s] = [c, i, u];
        break;
      case 3:
        [o, l, s] = [c, f, i];
        break;
      case 4:
        [o, l, s] = [u, c, i];
        break;
      case 5:
        [o, l, s] = [i, c, f];
        break;
    }
  }
  return [o, l, s, e.length > 3 ? e[3] : 1];
}, { min: Z5, max: Q5 } = Math, J5 = (...e) => {
  e = et(e, "rgb");
  let [t, n, i] = e;
  const o = Z5(t, n, i), l = Q5(t, n, i), s = l - o;
  let r, a, c;
  return c = l / 255, l === 0 ? (r = Number.NaN, a = 0) : (a = s / l, t === l && (r = (n - i) / s), n === l && (r = 2 + (i - t) / s), i === l && (r = 4 + (t - n) / s), r *= 60, r < 0 && (r += 360)), [r, a, c];
};
L.prototype.hsv = function() {
  return J5(this._rgb);
};
const tb = (...e) => new L(...e, "hsv");
it.hsv = tb;
J.format.hsv = X5;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "hsv"), ot(e) === "array" && e.length === 3)
      return "hsv";
  }
});
const eb = (e, t, n) => gi(e, t, n, "hsv");
Tt.hsv = eb;
function So(e, t) {
  let n = e.length;
  Array.isArray(e[0]) || (e = [e]), Array.isArray(t[0]) || (t = t.map((s) => [s]));
  let i = t[0].length, o = t[0].map((s, r) => t.map((a) => a[r])), l = e.map(
    (s) => o.map((r) => Array.isArray(s) ? s.reduce((a, c, f) => a + c * (r[f] || 0), 0) : r.reduce((a, c) => a + c * s, 0))
  );
  return n === 1 && (l = l[0]), i === 1 ? l.map((s) => s[0]) : l;
}
const ia = (...e) => {
  e = et(e, "lab");
  const [t, n, i, ...o] = e, [l, s, r] = nb([t, n, i]), [a, c, f] = hh(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
function nb(e) {
  var t = [
    [1.2268798758459243, -0.5578149944602171, 0.2813910456659647],
    [-0.0405757452148008, 1.112286803280317, -0.0717110580655164],
    [-0.0763729366746601, -0.4214933324022432, 1.5869240198367816]
  ], n = [
    [1, 0.3963377773761749, 0.2158037573099136],
    [1, -0.1055613458156586, -0.0638541728258133],
    [1, -0.0894841775298119, -1.2914855480194092]
  ], i = So(n, e);
  return So(
    t,
    i.map((o) => o ** 3)
  );
}
const sa = (...e) => {
  const [t, n, i, ...o] = et(e, "rgb"), l = dh(t, n, i);
  return [...ib(l), ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
function ib(e) {
  const t = [
    [0.819022437996703, 0.3619062600528904, -0.1288737815209879],
    [0.0329836539323885, 0.9292868615863434, 0.0361446663506424],
    [0.0481771893596242, 0.2642395317527308, 0.6335478284694309]
  ], n = [
    [0.210454268309314, 0.7936177747023054, -0.0040720430116193],
    [1.9779985324311684, -2.42859224204858, 0.450593709617411],
    [0.0259040424655478, 0.7827717124575296, -0.8086757549230774]
  ], i = So(t, e);
  return So(
    n,
    i.map((o) => Math.cbrt(o))
  );
}
L.prototype.oklab = function() {
  return sa(this._rgb);
};
const sb = (...e) => new L(...e, "oklab");
Object.assign(it, { oklab: sb });
J.format.oklab = ia;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "oklab"), ot(e) === "array" && e.length === 3)
      return "oklab";
  }
});
const ob = (e, t, n) => {
  const i = e.oklab(), o = t.oklab();
  return new L(
    i[0] + n * (o[0] - i[0]),
    i[1] + n * (o[1] - i[1]),
    i[2] + n * (o[2] - i[2]),
    "oklab"
  );
};
Tt.oklab = ob;
const lb = (e, t, n) => gi(e, t, n, "oklch");
Tt.oklch = lb;
const { pow: El, sqrt: Dl, PI: Cl, cos: Rc, sin: Fc, atan2: rb } = Math, ab = (e, t = "lrgb", n = null) => {
  const i = e.length;
  n || (n = Array.from(new Array(i)).map(() => 1));
  const o = i / n.reduce(function(u, h) {
    return u + h;
  });
  if (n.forEach((u, h) => {
    n[h] *= o;
  }), e = e.map((u) => new L(u)), t === "lrgb")
    return cb(e, n);
  const l = e.shift(), s = l.get(t), r = [];
  let a = 0, c = 0;
  for (let u = 0; u < s.length; u++)
    if (s[u] = (s[u] || 0) * n[0], r.push(isNaN(s[u]) ? 0 : n[0]), t.charAt(u) === "h" && !isNaN(s[u])) {
      const h = s[u] / 180 * Cl;
      a += Rc(h) * n[0], c += Fc(h) * n[0];
    }
  let f = l.alpha() * n[0];
  e.forEach((u, h) => {
    const d = u.get(t);
    f += u.alpha() * n[h + 1];
    for (let p = 0; p < s.length; p++)
      if (!isNaN(d[p]))
        if (r[p] += n[h + 1], t.charAt(p) === "h") {
          const v = d[p] / 180 * Cl;
          a += Rc(v) * n[h + 1], c += Fc(v) * n[h + 1];
        } else
          s[p] += d[p] * n[h + 1];
  });
  for (let u = 0; u < s.length; u++)
    if (t.charAt(u) === "h") {
      let h = rb(c / r[u], a / r[u]) / Cl * 180;
      for (; h < 0; ) h += 360;
      for (; h >= 360; ) h -= 360;
      s[u] = h;
    } else
      s[u] = s[u] / r[u];
  return f /= i, new L(s, t).alpha(f > 0.99999 ? 1 : f, !0);
}, cb = (e, t) => {
  const n = e.length, i = [0, 0, 0, 0];
  for (let o = 0; o < e.length; o++) {
    const l = e[o], s = t[o] / n, r = l._rgb;
    i[0] += El(r[0], 2) * s, i[1] += El(r[1], 2) * s, i[2] += El(r[2], 2) * s, i[3] += r[3] * s;
  }
  return i[0] = Dl(i[0]), i[1] = Dl(i[1]), i[2] = Dl(i[2]), i[3] > 0.9999999 && (i[3] = 1), new L(Qr(i));
}, { pow: fb } = Math;
function Ro(e) {
  let t = "rgb", n = it("#ccc"), i = 0, o = [0, 1], l = [], s = [0, 0], r = !1, a = [], c = !1, f = 0, u = 1, h = !1, d = {}, p = !0, v = 1;
  const m = function(w) {
    if (w = w || ["#fff", "#000"], w && ot(w) === "string" && it.brewer && it.brewer[w.toLowerCase()] && (w = it.brewer[w.toLowerCase()]), ot(w) === "array") {
      w.length === 1 && (w = [w[0], w[0]]), w = w.slice(0);
      for (let C = 0; C < w.length; C++)
        w[C] = it(w[C]);
      l.length = 0;
      for (let C = 0; C < w.length; C++)
        l.push(C / (w.length - 1));
    }
    return M(), a = w;
  }, y = function(w) {
    if (r != null) {
      const C = r.length - 1;
      let S = 0;
      for (; S < C && w >= r[S]; )
        S++;
      return S - 1;
    }
    return 0;
  };
  let _ = (w) => w, O = (w) => w;
  const P = function(w, C) {
    let S, $;
    if (C == null && (C = !1), isNaN(w) || w === null)
      return n;
    C ? $ = w : r && r.length > 2 ? $ = y(w) / (r.length - 2) : u !== f ? $ = (w - f) / (u - f) : $ = 1, $ = O($), C || ($ = _($)), v !== 1 && ($ = fb($, v)), $ = s[0] + $ * (1 - s[0] - s[1]), $ = In($, 0, 1);
    const A = Math.floor($ * 1e4);
    if (p && d[A])
      S = d[A];
    else {
      if (ot(a) === "array")
        for (let j = 0; j < l.length; j++) {
          const G = l[j];
          if ($ <= G) {
            S = a[j];
            break;
          }
          if ($ >= G && j === l.length - 1) {
            S = a[j];
            break;
          }
          if ($ > G && $ < l[j + 1]) {
            $ = ($ - G) / (l[j + 1] - G), S = it.interpolate(
              a[j],
              a[j + 1],
              $,
              t
            );
            break;
          }
        }
      else ot(a) === "function" && (S = a($));
      p && (d[A] = S);
    }
    return S;
  };
  var M = () => d = {};
  m(e);
  const N = function(w) {
    const C = it(P(w));
    return c && C[c] ? C[c]() : C;
  };
  return N.classes = function(w) {
    if (w != null) {
      if (ot(w) === "array")
        r = w, o = [w[0], w[w.length - 1]];
      else {
        const C = it.analyze(o);
        w === 0 ? r = [C.min, C.max] : r = it.limits(C, "e", w);
      }
      return N;
    }
    return r;
  }, N.domain = function(w) {
    if (!arguments.length)
      return o;
    f = w[0], u = w[w.length - 1], l = [];
    const C = a.length;
    if (w.length === C && f !== u)
      for (let S of Array.from(w))
        l.push((S - f) / (u - f));
    else {
      for (let S = 0; S < C; S++)
        l.push(S / (C - 1));
      if (w.length > 2) {
        const S = w.map((A, j) => j / (w.length - 1)), $ = w.map((A) => (A - f) / (u - f));
        $.every((A, j) => S[j] === A) || (O = (A) => {
          if (A <= 0 || A >= 1) return A;
          let j = 0;
          for (; A >= $[j + 1]; ) j++;
          const G = (A - $[j]) / ($[j + 1] - $[j]);
          return S[j] + G * (S[j + 1] - S[j]);
        });
      }
    }
    return o = [f, u], N;
  }, N.mode = function(w) {
    return arguments.length ? (t = w, M(), N) : t;
  }, N.range = function(w, C) {
    return m(w), N;
  }, N.out = function(w) {
    return c = w, N;
  }, N.spread = function(w) {
    return arguments.length ? (i = w, N) : i;
  }, N.correctLightness = function(w) {
    return w == null && (w = !0), h = w, M(), h ? _ = function(C) {
      const S = P(0, !0).lab()[0], $ = P(1, !0).lab()[0], A = S > $;
      let j = P(C, !0).lab()[0];
      const G = S + ($ - S) * C;
      let bt = j - G, nt = 0, tt = 1, q = 20;
      for (; Math.abs(bt) > 0.01 && q-- > 0; )
        (function() {
          return A && (bt *= -1), bt < 0 ? (nt = C, C += (tt - C) * 0.5) : (tt = C, C += (nt - C) * 0.5), j = P(C, !0).lab()[0], bt = j - G;
        })();
      return C;
    } : _ = (C) => C, N;
  }, N.padding = function(w) {
    return w != null ? (ot(w) === "number" && (w = [w, w]), s = w, N) : s;
  }, N.colors = function(w, C) {
    arguments.length < 2 && (C = "hex");
    let S = [];
    if (arguments.length === 0)
      S = a.slice(0);
    else if (w === 1)
      S = [N(0.5)];
    else if (w > 1) {
      const $ = o[0], A = o[1] - $;
      S = ub(0, w).map(
        (j) => N($ + j / (w - 1) * A)
      );
    } else {
      e = [];
      let $ = [];
      if (r && r.length > 2)
        for (let A = 1, j = r.length, G = 1 <= j; G ? A < j : A > j; G ? A++ : A--)
          $.push((r[A - 1] + r[A]) * 0.5);
      else
        $ = o;
      S = $.map((A) => N(A));
    }
    return it[C] && (S = S.map(($) => $[C]())), S;
  }, N.cache = function(w) {
    return w != null ? (p = w, N) : p;
  }, N.gamma = function(w) {
    return w != null ? (v = w, N) : v;
  }, N.nodata = function(w) {
    return w != null ? (n = it(w), N) : n;
  }, N;
}
function ub(e, t, n) {
  let i = [], o = e < t, l = t;
  for (let s = e; o ? s < l : s > l; o ? s++ : s--)
    i.push(s);
  return i;
}
const hb = function(e) {
  let t = [1, 1];
  for (let n = 1; n < e; n++) {
    let i = [1];
    for (let o = 1; o <= t.length; o++)
      i[o] = (t[o] || 0) + t[o - 1];
    t = i;
  }
  return t;
}, db = function(e) {
  let t, n, i, o;
  if (e = e.map((l) => new L(l)), e.length === 2)
    [n, i] = e.map((l) => l.lab()), t = function(l) {
      const s = [0, 1, 2].map((r) => n[r] + l * (i[r] - n[r]));
      return new L(s, "lab");
    };
  else if (e.length === 3)
    [n, i, o] = e.map((l) => l.lab()), t = function(l) {
      const s = [0, 1, 2].map(
        (r) => (1 - l) * (1 - l) * n[r] + 2 * (1 - l) * l * i[r] + l * l * o[r]
      );
      return new L(s, "lab");
    };
  else if (e.length === 4) {
    let l;
    [n, i, o, l] = e.map((s) => s.lab()), t = function(s) {
      const r = [0, 1, 2].map(
        (a) => (1 - s) * (1 - s) * (1 - s) * n[a] + 3 * (1 - s) * (1 - s) * s * i[a] + 3 * (1 - s) * s * s * o[a] + s * s * s * l[a]
      );
      return new L(r, "lab");
    };
  } else if (e.length >= 5) {
    let l, s, r;
    l = e.map((a) => a.lab()), r = e.length - 1, s = hb(r), t = function(a) {
      const c = 1 - a, f = [0, 1, 2].map(
        (u) => l.reduce(
          (h, d, p) => h + s[p] * c ** (r - p) * a ** p * d[u],
          0
        )
      );
      return new L(f, "lab");
    };
  } else
    throw new RangeError("No point in running bezier with only one color.");
  return t;
}, pb = (e) => {
  const t = db(e);
  return t.scale = () => Ro(t), t;
}, { round: bh } = Math;
L.prototype.rgb = function(e = !0) {
  return e === !1 ? this._rgb.slice(0, 3) : this._rgb.slice(0, 3).map(bh);
};
L.prototype.rgba = function(e = !0) {
  return this._rgb.slice(0, 4).map((t, n) => n < 3 ? e === !1 ? t : bh(t) : t);
};
const gb = (...e) => new L(...e, "rgb");
Object.assign(it, { rgb: gb });
J.format.rgb = (...e) => {
  const t = et(e, "rgba");
  return t[3] === void 0 && (t[3] = 1), t;
};
J.autodetect.push({
  p: 3,
  test: (...e) => {
    if (e = et(e, "rgba"), ot(e) === "array" && (e.length === 3 || e.length === 4 && ot(e[3]) == "number" && e[3] >= 0 && e[3] <= 1))
      return "rgb";
  }
});
const be = (e, t, n) => {
  if (!be[n])
    throw new Error("unknown blend mode " + n);
  return be[n](e, t);
}, gn = (e) => (t, n) => {
  const i = it(n).rgb(), o = it(t).rgb();
  return it.rgb(e(i, o));
}, vn = (e) => (t, n) => {
  const i = [];
  return i[0] = e(t[0], n[0]), i[1] = e(t[1], n[1]), i[2] = e(t[2], n[2]), i;
}, vb = (e) => e, mb = (e, t) => e * t / 255, bb = (e, t) => e > t ? t : e, yb = (e, t) => e > t ? e : t, kb = (e, t) => 255 * (1 - (1 - e / 255) * (1 - t / 255)), wb = (e, t) => t < 128 ? 2 * e * t / 255 : 255 * (1 - 2 * (1 - e / 255) * (1 - t / 255)), xb = (e, t) => 255 * (1 - (1 - t / 255) / (e / 255)), Mb = (e, t) => e === 255 ? 255 : (e = 255 * (t / 255) / (1 - e / 255), e > 255 ? 255 : e);
be.normal = gn(vn(vb));
be.multiply = gn(vn(mb));
be.screen = gn(vn(kb));
be.overlay = gn(vn(wb));
be.darken = gn(vn(bb));
be.lighten = gn(vn(yb));
be.dodge = gn(vn(Mb));
be.burn = gn(vn(xb));
const { pow: Eb, sin: Db, cos: Cb } = Math;
function _b(e = 300, t = -1.5, n = 1, i = 1, o = [0, 1]) {
  let l = 0, s;
  ot(o) === "array" ? s = o[1] - o[0] : (s = 0, o = [o, o]);
  const r = function(a) {
    const c = Ye * ((e + 120) / 360 + t * a), f = Eb(o[0] + s * a, i), h = (l !== 0 ? n[0] + a * l : n) * f * (1 - f) / 2, d = Cb(c), p = Db(c), v = f + h * (-0.14861 * d + 1.78277 * p), m = f + h * (-0.29227 * d - 0.90649 * p), y = f + h * (1.97294 * d);
    return it(Qr([v * 255, m * 255, y * 255, 1]));
  };
  return r.start = function(a) {
    return a == null ? e : (e = a, r);
  }, r.rotations = function(a) {
    return a == null ? t : (t = a, r);
  }, r.gamma = function(a) {
    return a == null ? i : (i = a, r);
  }, r.hue = function(a) {
    return a == null ? n : (n = a, ot(n) === "array" ? (l = n[1] - n[0], l === 0 && (n = n[1])) : l = 0, r);
  }, r.lightness = function(a) {
    return a == null ? o : (ot(a) === "array" ? (o = a, s = a[1] - a[0]) : (o = [a, a], s = 0), r);
  }, r.scale = () => it.scale(r), r.hue(n), r;
}
const Ob = "0123456789abcdef", { floor: Nb, random: Sb } = Math, Rb = () => {
  let e = "#";
  for (let t = 0; t < 6; t++)
    e += Ob.charAt(Nb(Sb() * 16));
  return new L(e, "hex");
}, { log: Ac, pow: Fb, floor: Ab, abs: Pb } = Math;
function yh(e, t = null) {
  const n = {
    min: Number.MAX_VALUE,
    max: Number.MAX_VALUE * -1,
    sum: 0,
    values: [],
    count: 0
  };
  return ot(e) === "object" && (e = Object.values(e)), e.forEach((i) => {
    t && ot(i) === "object" && (i = i[t]), i != null && !isNaN(i) && (n.values.push(i), n.sum += i, i < n.min && (n.min = i), i > n.max && (n.max = i), n.count += 1);
  }), n.domain = [n.min, n.max], n.limits = (i, o) => kh(n, i, o), n;
}
function kh(e, t = "equal", n = 7) {
  ot(e) == "array" && (e = yh(e));
  const { min: i, max: o } = e, l = e.values.sort((r, a) => r - a);
  if (n === 1)
    return [i, o];
  const s = [];
  if (t.substr(0, 1) === "c" && (s.push(i), s.push(o)), t.substr(0, 1) === "e") {
    s.push(i);
    for (let r = 1; r < n; r++)
      s.push(i + r / n * (o - i));
    s.push(o);
  } else if (t.substr(0, 1) === "l") {
    if (i <= 0)
      throw new Error(
        "Logarithmic scales are only possible for values > 0"
      );
    const r = Math.LOG10E * Ac(i), a = Math.LOG10E * Ac(o);
    s.push(i);
    for (let c = 1; c < n; c++)
      s.push(Fb(10, r + c / n * (a - r)));
    s.push(o);
  } else if (t.substr(0, 1) === "q") {
    s.push(i);
    for (let r = 1; r < n; r++) {
      const a = (l.length - 1) * r / n, c = Ab(a);
      if (c === a)
        s.push(l[c]);
      else {
        const f = a - c;
        s.push(l[c] * (1 - f) + l[c + 1] * f);
      }
    }
    s.push(o);
  } else if (t.substr(0, 1) === "k") {
    let r;
    const a = l.length, c = new Array(a), f = new Array(n);
    let u = !0, h = 0, d = null;
    d = [], d.push(i);
    for (let m = 1; m < n; m++)
      d.push(i + m / n * (o - i));
    for (d.push(o); u; ) {
      for (let y = 0; y < n; y++)
        f[y] = 0;
      for (let y = 0; y < a; y++) {
        const _ = l[y];
        let O = Number.MAX_VALUE, P;
        for (let M = 0; M < n; M++) {
          const N = Pb(d[M] - _);
          N < O && (O = N, P = M), f[P]++, c[y] = P;
        }
      }
      const m = new Array(n);
      for (let y = 0; y < n; y++)
        m[y] = null;
      for (let y = 0; y < a; y++)
        r = c[y], m[r] === null ? m[r] = l[y] : m[r] += l[y];
      for (let y = 0; y < n; y++)
        m[y] *= 1 / f[y];
      u = !1;
      for (let y = 0; y < n; y++)
        if (m[y] !== d[y]) {
          u = !0;
          break;
        }
      d = m, h++, h > 200 && (u = !1);
    }
    const p = {};
    for (let m = 0; m < n; m++)
      p[m] = [];
    for (let m = 0; m < a; m++)
      r = c[m], p[r].push(l[m]);
    let v = [];
    for (let m = 0; m < n; m++)
      v.push(p[m][0]), v.push(p[m][p[m].length - 1]);
    v = v.sort((m, y) => m - y), s.push(v[0]);
    for (let m = 1; m < v.length; m += 2) {
      const y = v[m];
      !isNaN(y) && s.indexOf(y) === -1 && s.push(y);
    }
  }
  return s;
}
const Tb = (e, t) => {
  e = new L(e), t = new L(t);
  const n = e.luminance(), i = t.luminance();
  return n > i ? (n + 0.05) / (i + 0.05) : (i + 0.05) / (n + 0.05);
};
/**
 * @license
 *
 * The APCA contrast prediction algorithm is based of the formulas published
 * in the APCA-1.0.98G specification by Myndex. The specification is available at:
 * https://raw.githubusercontent.com/Myndex/apca-w3/master/images/APCAw3_0.1.17_APCA0.0.98G.svg
 *
 * Note that the APCA implementation is still beta, so please update to
 * future versions of chroma.js when they become available.
 *
 * You can read more about the APCA Readability Criterion at
 * https://readtech.org/ARC/
 */
const Pc = 0.027, Vb = 5e-4, Lb = 0.1, Tc = 1.14, Is = 0.022, Vc = 1.414, Ib = (e, t) => {
  e = new L(e), t = new L(t), e.alpha() < 1 && (e = ui(t, e, e.alpha(), "rgb"));
  const n = Lc(...e.rgb()), i = Lc(...t.rgb()), o = n >= Is ? n : n + Math.pow(Is - n, Vc), l = i >= Is ? i : i + Math.pow(Is - i, Vc), s = Math.pow(l, 0.56) - Math.pow(o, 0.57), r = Math.pow(l, 0.65) - Math.pow(o, 0.62), a = Math.abs(l - o) < Vb ? 0 : o < l ? s * Tc : r * Tc;
  return (Math.abs(a) < Lb ? 0 : a > 0 ? a - Pc : a + Pc) * 100;
};
function Lc(e, t, n) {
  return 0.2126729 * Math.pow(e / 255, 2.4) + 0.7151522 * Math.pow(t / 255, 2.4) + 0.072175 * Math.pow(n / 255, 2.4);
}
const { sqrt: je, pow: Et, min: $b, max: zb, atan2: Ic, abs: $c, cos: $s, sin: zc, exp: Bb, PI: Bc } = Math;
function Hb(e, t, n = 1, i = 1, o = 1) {
  var l = function(Rt) {
    return 360 * Rt / (2 * Bc);
  }, s = function(Rt) {
    return 2 * Bc * Rt / 360;
  };
  e = new L(e), t = new L(t);
  const [r, a, c] = Array.from(e.lab()), [f, u, h] = Array.from(t.lab()), d = (r + f) / 2, p = je(Et(a, 2) + Et(c, 2)), v = je(Et(u, 2) + Et(h, 2)), m = (p + v) / 2, y = 0.5 * (1 - je(Et(m, 7) / (Et(m, 7) + Et(25, 7)))), _ = a * (1 + y), O = u * (1 + y), P = je(Et(_, 2) + Et(c, 2)), M = je(Et(O, 2) + Et(h, 2)), N = (P + M) / 2, w = l(Ic(c, _)), C = l(Ic(h, O)), S = w >= 0 ? w : w + 360, $ = C >= 0 ? C : C + 360, A = $c(S - $) > 180 ? (S + $ + 360) / 2 : (S + $) / 2, j = 1 - 0.17 * $s(s(A - 30)) + 0.24 * $s(s(2 * A)) + 0.32 * $s(s(3 * A + 6)) - 0.2 * $s(s(4 * A - 63));
  let G = $ - S;
  G = $c(G) <= 180 ? G : $ <= S ? G + 360 : G - 360, G = 2 * je(P * M) * zc(s(G) / 2);
  const bt = f - r, nt = M - P, tt = 1 + 0.015 * Et(d - 50, 2) / je(20 + Et(d - 50, 2)), q = 1 + 0.045 * N, X = 1 + 0.015 * N * j, gt = 30 * Bb(-Et((A - 275) / 25, 2)), ne = -(2 * je(Et(N, 7) / (Et(N, 7) + Et(25, 7)))) * zc(2 * s(gt)), It = je(
    Et(bt / (n * tt), 2) + Et(nt / (i * q), 2) + Et(G / (o * X), 2) + ne * (nt / (i * q)) * (G / (o * X))
  );
  return zb(0, $b(100, It));
}
function jb(e, t, n = "lab") {
  e = new L(e), t = new L(t);
  const i = e.get(n), o = t.get(n);
  let l = 0;
  for (let s in i) {
    const r = (i[s] || 0) - (o[s] || 0);
    l += r * r;
  }
  return Math.sqrt(l);
}
const Wb = (...e) => {
  try {
    return new L(...e), !0;
  } catch {
    return !1;
  }
}, qb = {
  cool() {
    return Ro([it.hsl(180, 1, 0.9), it.hsl(250, 0.7, 0.4)]);
  },
  hot() {
    return Ro(["#000", "#f00", "#ff0", "#fff"]).mode(
      "rgb"
    );
  }
}, fr = {
  // sequential
  OrRd: ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"],
  PuBu: ["#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#045a8d", "#023858"],
  BuPu: ["#f7fcfd", "#e0ecf4", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#810f7c", "#4d004b"],
  Oranges: ["#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704"],
  BuGn: ["#f7fcfd", "#e5f5f9", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#006d2c", "#00441b"],
  YlOrBr: ["#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506"],
  YlGn: ["#ffffe5", "#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#006837", "#004529"],
  Reds: ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"],
  RdPu: ["#fff7f3", "#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177", "#49006a"],
  Greens: ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"],
  YlGnBu: ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
  Purples: ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
  GnBu: ["#f7fcf0", "#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#0868ac", "#084081"],
  Greys: ["#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525", "#000000"],
  YlOrRd: ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
  PuRd: ["#f7f4f9", "#e7e1ef", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#980043", "#67001f"],
  Blues: ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
  PuBuGn: ["#fff7fb", "#ece2f0", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a", "#016c59", "#014636"],
  Viridis: ["#440154", "#482777", "#3f4a8a", "#31678e", "#26838f", "#1f9d8a", "#6cce5a", "#b6de2b", "#fee825"],
  // diverging
  Spectral: ["#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2"],
  RdYlGn: ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837"],
  RdBu: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
  PiYG: ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#f7f7f7", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"],
  PRGn: ["#40004b", "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b"],
  RdYlBu: ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695"],
  BrBG: ["#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30"],
  RdGy: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#ffffff", "#e0e0e0", "#bababa", "#878787", "#4d4d4d", "#1a1a1a"],
  PuOr: ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"],
  // qualitative
  Set2: ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"],
  Accent: ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"],
  Set1: ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999"],
  Set3: ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"],
  Dark2: ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"],
  Paired: ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"],
  Pastel2: ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc", "#cccccc"],
  Pastel1: ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2"]
}, wh = Object.keys(fr), Hc = new Map(wh.map((e) => [e.toLowerCase(), e])), Ub = typeof Proxy == "function" ? new Proxy(fr, {
  get(e, t) {
    const n = t.toLowerCase();
    if (Hc.has(n))
      return e[Hc.get(n)];
  },
  getOwnPropertyNames() {
    return Object.getOwnPropertyNames(wh);
  }
}) : fr, Gb = (...e) => {
  e = et(e, "cmyk");
  const [t, n, i, o] = e, l = e.length > 4 ? e[4] : 1;
  return o === 1 ? [0, 0, 0, l] : [
    t >= 1 ? 0 : 255 * (1 - t) * (1 - o),
    // r
    n >= 1 ? 0 : 255 * (1 - n) * (1 - o),
    // g
    i >= 1 ? 0 : 255 * (1 - i) * (1 - o),
    // b
    l
  ];
}, { max: jc } = Math, Yb = (...e) => {
  let [t, n, i] = et(e, "rgb");
  t = t / 255, n = n / 255, i = i / 255;
  const o = 1 - jc(t, jc(n, i)), l = o < 1 ? 1 / (1 - o) : 0, s = (1 - t - o) * l, r = (1 - n - o) * l, a = (1 - i - o) * l;
  return [s, r, a, o];
};
L.prototype.cmyk = function() {
  return Yb(this._rgb);
};
const Kb = (...e) => new L(...e, "cmyk");
Object.assign(it, { cmyk: Kb });
J.format.cmyk = Gb;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "cmyk"), ot(e) === "array" && e.length === 4)
      return "cmyk";
  }
});
const Xb = (...e) => {
  const t = et(e, "hsla");
  let n = pi(e) || "lsa";
  return t[0] = re(t[0] || 0) + "deg", t[1] = re(t[1] * 100) + "%", t[2] = re(t[2] * 100) + "%", n === "hsla" || t.length > 3 && t[3] < 1 ? (t[3] = "/ " + (t.length > 3 ? t[3] : 1), n = "hsla") : t.length = 3, `${n.substr(0, 3)}(${t.join(" ")})`;
}, Zb = (...e) => {
  const t = et(e, "lab");
  let n = pi(e) || "lab";
  return t[0] = re(t[0]) + "%", t[1] = re(t[1]), t[2] = re(t[2]), n === "laba" || t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `lab(${t.join(" ")})`;
}, Qb = (...e) => {
  const t = et(e, "lch");
  let n = pi(e) || "lab";
  return t[0] = re(t[0]) + "%", t[1] = re(t[1]), t[2] = isNaN(t[2]) ? "none" : re(t[2]) + "deg", n === "lcha" || t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `lch(${t.join(" ")})`;
}, Jb = (...e) => {
  const t = et(e, "lab");
  return t[0] = re(t[0] * 100) + "%", t[1] = ar(t[1]), t[2] = ar(t[2]), t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `oklab(${t.join(" ")})`;
}, xh = (...e) => {
  const [t, n, i, ...o] = et(e, "rgb"), [l, s, r] = sa(t, n, i), [a, c, f] = gh(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
}, t6 = (...e) => {
  const t = et(e, "lch");
  return t[0] = re(t[0] * 100) + "%", t[1] = ar(t[1]), t[2] = isNaN(t[2]) ? "none" : re(t[2]) + "deg", t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `oklch(${t.join(" ")})`;
}, { round: _l } = Math, e6 = (...e) => {
  const t = et(e, "rgba");
  let n = pi(e) || "rgb";
  if (n.substr(0, 3) === "hsl")
    return Xb(mh(t), n);
  if (n.substr(0, 3) === "lab") {
    const i = ns();
    Ke("d50");
    const o = Zb(ta(t), n);
    return Ke(i), o;
  }
  if (n.substr(0, 3) === "lch") {
    const i = ns();
    Ke("d50");
    const o = Qb(na(t), n);
    return Ke(i), o;
  }
  return n.substr(0, 5) === "oklab" ? Jb(sa(t)) : n.substr(0, 5) === "oklch" ? t6(xh(t)) : (t[0] = _l(t[0]), t[1] = _l(t[1]), t[2] = _l(t[2]), (n === "rgba" || t.length > 3 && t[3] < 1) && (t[3] = "/ " + (t.length > 3 ? t[3] : 1), n = "rgba"), `${n.substr(0, 3)}(${t.slice(0, n === "rgb" ? 3 : 4).join(" ")})`);
}, Mh = (...e) => {
  e = et(e, "lch");
  const [t, n, i, ...o] = e, [l, s, r] = ph(t, n, i), [a, c, f] = ia(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
}, Xe = /((?:-?\d+)|(?:-?\d+(?:\.\d+)?)%|none)/.source, me = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%?)|none)/.source, Fo = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%)|none)/.source, ce = /\s*/.source, vi = /\s+/.source, oa = /\s*,\s*/.source, Go = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)(?:deg)?)|none)/.source, mi = /\s*(?:\/\s*((?:[01]|[01]?\.\d+)|\d+(?:\.\d+)?%))?/.source, Eh = new RegExp(
  "^rgba?\\(" + ce + [Xe, Xe, Xe].join(vi) + mi + "\\)$"
), Dh = new RegExp(
  "^rgb\\(" + ce + [Xe, Xe, Xe].join(oa) + ce + "\\)$"
), Ch = new RegExp(
  "^rgba\\(" + ce + [Xe, Xe, Xe, me].join(oa) + ce + "\\)$"
), _h = new RegExp(
  "^hsla?\\(" + ce + [Go, Fo, Fo].join(vi) + mi + "\\)$"
), Oh = new RegExp(
  "^hsl?\\(" + ce + [Go, Fo, Fo].join(oa) + ce + "\\)$"
), Nh = /^hsla\(\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)%\s*,\s*(-?\d+(?:\.\d+)?)%\s*,\s*([01]|[01]?\.\d+)\)$/, Sh = new RegExp(
  "^lab\\(" + ce + [me, me, me].join(vi) + mi + "\\)$"
), Rh = new RegExp(
  "^lch\\(" + ce + [me, me, Go].join(vi) + mi + "\\)$"
), Fh = new RegExp(
  "^oklab\\(" + ce + [me, me, me].join(vi) + mi + "\\)$"
), Ah = new RegExp(
  "^oklch\\(" + ce + [me, me, Go].join(vi) + mi + "\\)$"
), { round: Ph } = Math, Zn = (e) => e.map((t, n) => n <= 2 ? In(Ph(t), 0, 255) : t), Dt = (e, t = 0, n = 100, i = !1) => (typeof e == "string" && e.endsWith("%") && (e = parseFloat(e.substring(0, e.length - 1)) / 100, i ? e = t + (e + 1) * 0.5 * (n - t) : e = t + e * (n - t)), +e), zt = (e, t) => e === "none" ? t : e, la = (e) => {
  if (e = e.toLowerCase().trim(), e === "transparent")
    return [0, 0, 0, 0];
  let t;
  if (J.format.named)
    try {
      return J.format.named(e);
    } catch {
    }
  if ((t = e.match(Eh)) || (t = e.match(Dh))) {
    let n = t.slice(1, 4);
    for (let o = 0; o < 3; o++)
      n[o] = +Dt(zt(n[o], 0), 0, 255);
    n = Zn(n);
    const i = t[4] !== void 0 ? +Dt(t[4], 0, 1) : 1;
    return n[3] = i, n;
  }
  if (t = e.match(Ch)) {
    const n = t.slice(1, 5);
    for (let i = 0; i < 4; i++)
      n[i] = +Dt(n[i], 0, 255);
    return n;
  }
  if ((t = e.match(_h)) || (t = e.match(Oh))) {
    const n = t.slice(1, 4);
    n[0] = +zt(n[0].replace("deg", ""), 0), n[1] = +Dt(zt(n[1], 0), 0, 100) * 0.01, n[2] = +Dt(zt(n[2], 0), 0, 100) * 0.01;
    const i = Zn(cr(n)), o = t[4] !== void 0 ? +Dt(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (t = e.match(Nh)) {
    const n = t.slice(1, 4);
    n[1] *= 0.01, n[2] *= 0.01;
    const i = cr(n);
    for (let o = 0; o < 3; o++)
      i[o] = Ph(i[o]);
    return i[3] = +t[4], i;
  }
  if (t = e.match(Sh)) {
    const n = t.slice(1, 4);
    n[0] = Dt(zt(n[0], 0), 0, 100), n[1] = Dt(zt(n[1], 0), -125, 125, !0), n[2] = Dt(zt(n[2], 0), -125, 125, !0);
    const i = ns();
    Ke("d50");
    const o = Zn(Jr(n));
    Ke(i);
    const l = t[4] !== void 0 ? +Dt(t[4], 0, 1) : 1;
    return o[3] = l, o;
  }
  if (t = e.match(Rh)) {
    const n = t.slice(1, 4);
    n[0] = Dt(n[0], 0, 100), n[1] = Dt(zt(n[1], 0), 0, 150, !1), n[2] = +zt(n[2].replace("deg", ""), 0);
    const i = ns();
    Ke("d50");
    const o = Zn(ea(n));
    Ke(i);
    const l = t[4] !== void 0 ? +Dt(t[4], 0, 1) : 1;
    return o[3] = l, o;
  }
  if (t = e.match(Fh)) {
    const n = t.slice(1, 4);
    n[0] = Dt(zt(n[0], 0), 0, 1), n[1] = Dt(zt(n[1], 0), -0.4, 0.4, !0), n[2] = Dt(zt(n[2], 0), -0.4, 0.4, !0);
    const i = Zn(ia(n)), o = t[4] !== void 0 ? +Dt(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (t = e.match(Ah)) {
    const n = t.slice(1, 4);
    n[0] = Dt(zt(n[0], 0), 0, 1), n[1] = Dt(zt(n[1], 0), 0, 0.4, !1), n[2] = +zt(n[2].replace("deg", ""), 0);
    const i = Zn(Mh(n)), o = t[4] !== void 0 ? +Dt(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
};
la.test = (e) => (
  // modern
  Eh.test(e) || _h.test(e) || Sh.test(e) || Rh.test(e) || Fh.test(e) || Ah.test(e) || // legacy
  Dh.test(e) || Ch.test(e) || Oh.test(e) || Nh.test(e) || e === "transparent"
);
L.prototype.css = function(e) {
  return e6(this._rgb, e);
};
const n6 = (...e) => new L(...e, "css");
it.css = n6;
J.format.css = la;
J.autodetect.push({
  p: 5,
  test: (e, ...t) => {
    if (!t.length && ot(e) === "string" && la.test(e))
      return "css";
  }
});
J.format.gl = (...e) => {
  const t = et(e, "rgba");
  return t[0] *= 255, t[1] *= 255, t[2] *= 255, t;
};
const i6 = (...e) => new L(...e, "gl");
it.gl = i6;
L.prototype.gl = function() {
  const e = this._rgb;
  return [e[0] / 255, e[1] / 255, e[2] / 255, e[3]];
};
L.prototype.hex = function(e) {
  return uh(this._rgb, e);
};
const s6 = (...e) => new L(...e, "hex");
it.hex = s6;
J.format.hex = fh;
J.autodetect.push({
  p: 4,
  test: (e, ...t) => {
    if (!t.length && ot(e) === "string" && [3, 4, 5, 6, 7, 8, 9].indexOf(e.length) >= 0)
      return "hex";
  }
});
const { log: zs } = Math, Th = (e) => {
  const t = e / 100;
  let n, i, o;
  return t < 66 ? (n = 255, i = t < 6 ? 0 : -155.25485562709179 - 0.44596950469579133 * (i = t - 2) + 104.49216199393888 * zs(i), o = t < 20 ? 0 : -254.76935184120902 + 0.8274096064007395 * (o = t - 10) + 115.67994401066147 * zs(o)) : (n = 351.97690566805693 + 0.114206453784165 * (n = t - 55) - 40.25366309332127 * zs(n), i = 325.4494125711974 + 0.07943456536662342 * (i = t - 50) - 28.0852963507957 * zs(i), o = 255), [n, i, o, 1];
}, { round: o6 } = Math, l6 = (...e) => {
  const t = et(e, "rgb"), n = t[0], i = t[2];
  let o = 1e3, l = 4e4;
  const s = 0.4;
  let r;
  for (; l - o > s; ) {
    r = (l + o) * 0.5;
    const a = Th(r);
    a[2] / a[0] >= i / n ? l = r : o = r;
  }
  return o6(r);
};
L.prototype.temp = L.prototype.kelvin = L.prototype.temperature = function() {
  return l6(this._rgb);
};
const Ol = (...e) => new L(...e, "temp");
Object.assign(it, { temp: Ol, kelvin: Ol, temperature: Ol });
J.format.temp = J.format.kelvin = J.format.temperature = Th;
L.prototype.oklch = function() {
  return xh(this._rgb);
};
const r6 = (...e) => new L(...e, "oklch");
Object.assign(it, { oklch: r6 });
J.format.oklch = Mh;
J.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = et(e, "oklch"), ot(e) === "array" && e.length === 3)
      return "oklch";
  }
});
Object.assign(it, {
  analyze: yh,
  average: ab,
  bezier: pb,
  blend: be,
  brewer: Ub,
  Color: L,
  colors: fi,
  contrast: Tb,
  contrastAPCA: Ib,
  cubehelix: _b,
  deltaE: Hb,
  distance: jb,
  input: J,
  interpolate: ui,
  limits: kh,
  mix: ui,
  random: Rb,
  scale: Ro,
  scales: qb,
  valid: Wb
});
const a6 = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#82B5F2", "dsfr-chart-colors-03": "#29598F", "dsfr-chart-colors-04": "#31A7AE", "dsfr-chart-colors-05": "#81EEF5", "dsfr-chart-colors-06": "#B478F1", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#CECECE", "dsfr-chart-colors-09": "#DBDAFF", "dsfr-chart-colors-10": "#00005F", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#79D289", "dsfr-chart-colors-13": "#EFB900", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E91719", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#B1B1B1" }, c6 = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#699BD6", "dsfr-chart-colors-03": "#4878B1", "dsfr-chart-colors-04": "#00828A", "dsfr-chart-colors-05": "#51C1C8", "dsfr-chart-colors-06": "#BC8AF2", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#A4A4A4", "dsfr-chart-colors-09": "#B8B9FF", "dsfr-chart-colors-10": "#3647CA", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#449D57", "dsfr-chart-colors-13": "#AF8800", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E16834", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#808080" }, Wc = {
  light: a6,
  dark: c6
};
function Wn() {
  const e = document.documentElement.getAttribute("data-fr-theme") || "light";
  return Wc[e] || Wc.light;
}
function qc() {
  const e = Wn();
  return [
    e["dsfr-chart-colors-01"],
    e["dsfr-chart-colors-02"],
    e["dsfr-chart-colors-03"],
    e["dsfr-chart-colors-04"],
    e["dsfr-chart-colors-05"],
    e["dsfr-chart-colors-06"],
    e["dsfr-chart-colors-07"],
    e["dsfr-chart-colors-08"]
  ];
}
function f6() {
  const e = Wn();
  return it.scale([
    e["dsfr-chart-colors-09"],
    e["dsfr-chart-colors-10"]
  ]).colors(10);
}
function u6() {
  const e = Wn();
  return it.scale([
    e["dsfr-chart-colors-10"],
    e["dsfr-chart-colors-09"]
  ]).colors(10);
}
function h6() {
  const e = Wn();
  return it.scale([
    e["dsfr-chart-colors-11"],
    e["dsfr-chart-colors-13"],
    e["dsfr-chart-colors-15"]
  ]).colors(4);
}
function d6() {
  const e = Wn();
  return it.scale([
    e["dsfr-chart-colors-15"],
    e["dsfr-chart-colors-13"],
    e["dsfr-chart-colors-11"]
  ]).colors(4);
}
function p6() {
  return Wn()["dsfr-chart-colors-default"];
}
function g6() {
  return Wn()["dsfr-chart-colors-neutral"];
}
function v6(e) {
  switch (e) {
    case "default":
      return [p6()];
    case "neutral":
      return [g6()];
    case "categorical":
      return qc();
    case "sequentialAscending":
      return f6();
    case "sequentialDescending":
      return u6();
    case "divergentAscending":
      return h6();
    case "divergentDescending":
      return d6();
    default:
      return qc();
  }
}
const m6 = {
  name: "MapChartReg",
  components: {
    MapInfo: xm,
    ...s5
  },
  mixins: [um],
  props: {
    databoxId: {
      type: String,
      default: null
    },
    databoxType: {
      type: String,
      default: null
    },
    databoxSource: {
      type: String,
      default: "default"
    },
    data: {
      type: String,
      required: !0
    },
    value: {
      type: [Number, String],
      default: ""
    },
    date: {
      type: String,
      required: !0
    },
    region: {
      type: String,
      required: !0
    },
    name: {
      type: String,
      default: "Data"
    },
    selectedPalette: {
      type: String,
      default: "sequentialAscending"
    }
  },
  data() {
    return {
      dataParse: {},
      widgetId: "",
      scaleMin: 0,
      scaleMax: 0,
      colorLeft: "",
      colorRight: "",
      zoomDep: "",
      InfoProps: {
        localisation: "",
        names: [],
        min: 0,
        max: 0,
        colorMin: "",
        colorMax: "",
        value: 0,
        valueReg: 0,
        date: ""
      },
      FranceProps: {
        viewBox: "0 0 1010 1010",
        displayDep: {},
        colorStroke: "#FFFFFF"
      },
      tooltip: {
        top: "0px",
        left: "0px",
        visibility: "hidden",
        value: 0,
        place: ""
      },
      displayFrance: "",
      displayGuadeloupe: "",
      displayMartinique: "",
      displayMayotte: "",
      displayReunion: "",
      displayGuyanne: ""
    };
  },
  created() {
    this.widgetId = "dsfr-widget-" + Math.floor(Math.random() * 1e3);
  },
  mounted() {
    this.createChart(), this.$forceUpdate(), document.documentElement.addEventListener("dsfr.theme", (t) => {
      this.changeTheme(t.detail.theme);
    });
  },
  methods: {
    createChart() {
      const e = this.$refs[this.widgetId];
      try {
        this.dataParse = JSON.parse(this.data);
      } catch (c) {
        console.error("Erreur lors du parsing des données data:", c);
        return;
      }
      const t = this.choosePalette();
      this.colorLeft = t[0], this.colorRight = t[t.length - 1], this.InfoProps.colorMin = this.colorLeft, this.InfoProps.colorMax = this.colorRight, this.InfoProps.date = this.date, this.InfoProps.names = this.name;
      const n = [];
      let i = [];
      this.FranceProps.displayDep = {}, i = this.getDepsFromReg(this.region), i.forEach((c) => {
        n.push(this.dataParse[c]);
      }), this.scaleMin = Math.min(...n), this.scaleMax = Math.max(...n);
      const o = wu().domain([this.scaleMin, this.scaleMax]).range([this.colorLeft, this.colorRight]);
      let l = [], s = [], r = [], a = [];
      for (const c in this.dataParse) {
        const f = "FR-" + c, u = e.getElementsByClassName(f);
        u.length !== 0 && u[0].setAttribute("fill", "rgba(255, 255, 255, 0)"), this.FranceProps.displayDep[f] = "none";
      }
      if (i.forEach((c) => {
        const f = "FR-" + c, u = e.getElementsByClassName(f);
        if (this.zoomDep) {
          if (this.zoomDep === c) {
            const h = u[0].getBBox();
            u.length !== 0 && u[0].setAttribute("fill", o(this.dataParse[c])), this.FranceProps.displayDep[f] = "", l.push(h.x), r.push(h.y), s.push(h.x + h.width), a.push(h.y + h.height);
          } else if (i.includes(c)) {
            const h = u[0].getBBox();
            u.length !== 0 && u[0].setAttribute("fill", this.colorLeft + "B3"), this.FranceProps.displayDep[f] = "", l.push(h.x), r.push(h.y), s.push(h.x + h.width), a.push(h.y + h.height);
          }
        } else if (i.includes(c)) {
          const h = u[0].getBBox();
          u.length !== 0 && u[0].setAttribute("fill", o(this.dataParse[c])), this.FranceProps.displayDep[f] = "", l.push(h.x), r.push(h.y), s.push(h.x + h.width), a.push(h.y + h.height);
        }
      }), l.length && r.length && s.length && a.length) {
        const c = Math.min(...l), f = Math.min(...r), u = Math.max(...s), h = Math.max(...a), d = u - c, p = h - f, v = Math.max(d, p);
        this.FranceProps.viewBox = `${c} ${f} ${v} ${v}`;
      }
      this.InfoProps.localisation = this.getReg(this.region).department, this.InfoProps.value = this.value, this.InfoProps.valueReg = this.dataParse[this.zoomDep], this.InfoProps.min = this.scaleMin, this.InfoProps.max = this.scaleMax;
    },
    choosePalette() {
      return v6(this.selectedPalette);
    },
    displayTooltip(e) {
      if (Sc()) return;
      const t = this.$refs[this.widgetId], n = e.target.className.baseVal, i = n.replace("FR-", ""), o = t.getElementsByClassName(n);
      o[0].style.opacity = 0.8, this.tooltip.value = this.dataParse[i], this.tooltip.place = this.getDep(i).department;
      const l = t.querySelector(".france_container").getBoundingClientRect(), s = t.querySelector(".map_tooltip").getBoundingClientRect(), r = e.target.getBoundingClientRect(), a = window.innerWidth > 1e3 ? window.innerWidth / 30 : window.innerWidth / 15;
      let c = r.x - l.x + s.width - a, f = r.y - l.y;
      c + s.width + a > l.x && (c = r.x / 2 - l.x + s.width + a / 2), this.tooltip.top = f + "px", this.tooltip.left = c + "px", this.tooltip.visibility = "visible";
    },
    hideTooltip(e) {
      if (Sc()) return;
      this.tooltip.visibility = "hidden";
      const t = this.$refs[this.widgetId], n = e.target.className.baseVal, i = t.getElementsByClassName(n);
      i[0].style.opacity = 1;
    },
    changeGeoLevel(e) {
      const t = e.target.className.baseVal.replace("FR-", "");
      this.zoomDep = t, this.createChart();
    },
    resetGeoFilters() {
      this.zoomDep = "", this.createChart();
    },
    changeTheme(e) {
      e === "light" ? this.FranceProps.colorStroke = "#FFFFFF" : this.FranceProps.colorStroke = "#161616", this.createChart();
    }
  }
}, b6 = { class: "fr-col-12 fr-col-lg-9 align-stretch" }, y6 = { class: "map" }, k6 = { class: "tooltip_header fr-text--sm fr-mb-0" }, w6 = { class: "tooltip_body" }, x6 = { class: "tooltip_value-content" }, M6 = { class: "tooltip_value" };
function E6(e, t, n, i, o, l) {
  var a;
  const s = ka("MapInfo"), r = ka("france");
  return ae(), iu(Zd, {
    disabled: !((a = e.$el) != null && a.ownerDocument.getElementById(n.databoxId)) || !n.databoxId && !n.databoxType && n.databoxSource === "default",
    to: "#" + n.databoxId + "-" + n.databoxType + "-" + n.databoxSource
  }, [
    x("div", {
      ref: o.widgetId,
      class: "widget_container fr-grid-row"
    }, [
      oe(s, { data: o.InfoProps }, null, 8, ["data"]),
      x("div", b6, [
        o.zoomDep ? (ae(), $e("button", {
          key: 0,
          class: "fr-btn fr-btn--sm fr-icon-arrow-go-back-fill fr-btn--icon-left fr-btn--tertiary-no-outline fr-ml-4w",
          onClick: t[0] || (t[0] = (...c) => l.resetGeoFilters && l.resetGeoFilters(...c))
        }, " Retour ")) : ru("", !0),
        x("div", y6, [
          x("div", {
            class: "map_tooltip",
            style: D({ top: o.tooltip.top, left: o.tooltip.left, visibility: o.tooltip.visibility })
          }, [
            x("div", k6, se(o.tooltip.place), 1),
            x("div", w6, [
              x("div", x6, [
                x("div", M6, se(o.tooltip.value), 1)
              ])
            ])
          ], 4),
          x("div", {
            class: "france_container no_select",
            style: D({ display: o.displayFrance })
          }, [
            oe(r, {
              config: o.FranceProps,
              onclick: l.changeGeoLevel,
              ondblclick: l.resetGeoFilters,
              onenter: l.displayTooltip,
              onleave: l.hideTooltip
            }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
          ], 4)
        ])
      ])
    ], 512)
  ], 8, ["disabled", "to"]);
}
const D6 = /* @__PURE__ */ en(m6, [["render", E6], ["__scopeId", "data-v-daca07e7"]]), C6 = /* @__PURE__ */ z3(D6);
customElements.define("map-chart-reg", C6, { shadowRoot: !1 });
