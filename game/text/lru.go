package text

// LRU is a map bounded both in entries (Max) and in age (MaxIdle frames
// without use), evicting the least recently used entry first and handing
// every removed entry to OnEvict (e.g. to deallocate an image).
//
// Get on a present key does not allocate. The zero value is usable, with
// no age limit and DefaultMaxEntries entries.
type LRU[K comparable, V any] struct {
	// Max is the most entries kept; 0 means DefaultMaxEntries.
	Max int
	// MaxIdle evicts, at EndFrame, entries unused for more than this many
	// frames; 0 keeps them until Max pushes them out.
	MaxIdle int
	// OnEvict, if set, is called with each entry the LRU removes.
	OnEvict func(K, V)

	m     map[K]*lruNode[K, V]
	head  *lruNode[K, V] // most recently used
	tail  *lruNode[K, V] // least recently used
	frame int
}

// DefaultMaxEntries is the LRU's Max when left at zero.
const DefaultMaxEntries = 512

type lruNode[K comparable, V any] struct {
	key        K
	val        V
	used       int // frame of last use
	prev, next *lruNode[K, V]
}

// Get returns the value for k and marks it used in the current frame.
func (l *LRU[K, V]) Get(k K) (V, bool) {
	n, ok := l.m[k]
	if !ok {
		var zero V
		return zero, false
	}
	n.used = l.frame
	l.moveToFront(n)
	return n.val, true
}

// Put stores v under k (replacing and evicting any old value), marks it
// used, and evicts the least recently used entries beyond Max.
func (l *LRU[K, V]) Put(k K, v V) {
	if l.m == nil {
		l.m = make(map[K]*lruNode[K, V])
	}
	if old, ok := l.m[k]; ok {
		l.remove(old)
	}
	n := &lruNode[K, V]{key: k, val: v, used: l.frame}
	l.m[k] = n
	l.pushFront(n)
	l.Trim()
}

// Trim evicts the least recently used entries beyond Max, e.g. after Max
// was lowered.
func (l *LRU[K, V]) Trim() {
	limit := l.Max
	if limit <= 0 {
		limit = DefaultMaxEntries
	}
	for len(l.m) > limit {
		l.remove(l.tail)
	}
}

// Len returns the number of entries.
func (l *LRU[K, V]) Len() int { return len(l.m) }

// EndFrame advances the frame counter and evicts the entries unused for
// more than MaxIdle frames. Call it once per drawn frame.
func (l *LRU[K, V]) EndFrame() {
	l.frame++
	if l.MaxIdle <= 0 {
		return
	}
	for l.tail != nil && l.frame-l.tail.used > l.MaxIdle {
		l.remove(l.tail)
	}
}

// Clear evicts every entry.
func (l *LRU[K, V]) Clear() {
	for l.tail != nil {
		l.remove(l.tail)
	}
}

func (l *LRU[K, V]) remove(n *lruNode[K, V]) {
	l.unlink(n)
	delete(l.m, n.key)
	if l.OnEvict != nil {
		l.OnEvict(n.key, n.val)
	}
}

func (l *LRU[K, V]) moveToFront(n *lruNode[K, V]) {
	if l.head == n {
		return
	}
	l.unlink(n)
	l.pushFront(n)
}

func (l *LRU[K, V]) pushFront(n *lruNode[K, V]) {
	n.prev, n.next = nil, l.head
	if l.head != nil {
		l.head.prev = n
	}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
}

func (l *LRU[K, V]) unlink(n *lruNode[K, V]) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	n.prev, n.next = nil, nil
}
