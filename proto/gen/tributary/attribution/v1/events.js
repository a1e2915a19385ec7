/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/attribution/v1/events"] || ($protobuf.roots["tributary/attribution/v1/events"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.attribution = (function() {

        /**
         * Namespace attribution.
         * @memberof tributary
         * @namespace
         */
        const attribution = {};

        attribution.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.attribution
             * @namespace
             */
            const v1 = {};

            v1.EventIndexPending = (function() {

                /**
                 * Properties of an EventIndexPending.
                 * @memberof tributary.attribution.v1
                 * @interface IEventIndexPending
                 * @property {number|Long|null} [datanetId] EventIndexPending datanetId
                 * @property {number|Long|null} [version] EventIndexPending version
                 * @property {number|Long|null} [readyHeight] EventIndexPending readyHeight
                 */

                /**
                 * Constructs a new EventIndexPending.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an EventIndexPending.
                 * @implements IEventIndexPending
                 * @constructor
                 * @param {tributary.attribution.v1.IEventIndexPending=} [properties] Properties to set
                 */
                function EventIndexPending(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventIndexPending datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.EventIndexPending
                 * @instance
                 */
                EventIndexPending.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventIndexPending version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.EventIndexPending
                 * @instance
                 */
                EventIndexPending.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventIndexPending readyHeight.
                 * @member {number|Long} readyHeight
                 * @memberof tributary.attribution.v1.EventIndexPending
                 * @instance
                 */
                EventIndexPending.prototype.readyHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EventIndexPending message. Does not implicitly {@link tributary.attribution.v1.EventIndexPending.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.EventIndexPending
                 * @static
                 * @param {tributary.attribution.v1.IEventIndexPending} message EventIndexPending message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventIndexPending.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.readyHeight != null && Object.hasOwnProperty.call(message, "readyHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.readyHeight);
                    return writer;
                };

                /**
                 * Decodes an EventIndexPending message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.EventIndexPending
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.EventIndexPending} EventIndexPending
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventIndexPending.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.attribution.v1.EventIndexPending();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.readyHeight = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventIndexPending
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.EventIndexPending
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventIndexPending.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.EventIndexPending";
                };

                return EventIndexPending;
            })();

            v1.EventIndexReady = (function() {

                /**
                 * Properties of an EventIndexReady.
                 * @memberof tributary.attribution.v1
                 * @interface IEventIndexReady
                 * @property {number|Long|null} [datanetId] EventIndexReady datanetId
                 * @property {number|Long|null} [version] EventIndexReady version
                 * @property {string|null} [indexHash] EventIndexReady indexHash
                 */

                /**
                 * Constructs a new EventIndexReady.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an EventIndexReady.
                 * @implements IEventIndexReady
                 * @constructor
                 * @param {tributary.attribution.v1.IEventIndexReady=} [properties] Properties to set
                 */
                function EventIndexReady(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventIndexReady datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.EventIndexReady
                 * @instance
                 */
                EventIndexReady.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventIndexReady version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.EventIndexReady
                 * @instance
                 */
                EventIndexReady.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventIndexReady indexHash.
                 * @member {string} indexHash
                 * @memberof tributary.attribution.v1.EventIndexReady
                 * @instance
                 */
                EventIndexReady.prototype.indexHash = "";

                /**
                 * Encodes the specified EventIndexReady message. Does not implicitly {@link tributary.attribution.v1.EventIndexReady.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.EventIndexReady
                 * @static
                 * @param {tributary.attribution.v1.IEventIndexReady} message EventIndexReady message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventIndexReady.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.indexHash != null && Object.hasOwnProperty.call(message, "indexHash"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.indexHash);
                    return writer;
                };

                /**
                 * Decodes an EventIndexReady message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.EventIndexReady
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.EventIndexReady} EventIndexReady
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventIndexReady.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.attribution.v1.EventIndexReady();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.indexHash = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventIndexReady
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.EventIndexReady
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventIndexReady.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.EventIndexReady";
                };

                return EventIndexReady;
            })();

            v1.EventAttributionRecorded = (function() {

                /**
                 * Properties of an EventAttributionRecorded.
                 * @memberof tributary.attribution.v1
                 * @interface IEventAttributionRecorded
                 * @property {number|Long|null} [recordId] EventAttributionRecorded recordId
                 * @property {string|null} [submitter] EventAttributionRecorded submitter
                 * @property {string|null} [manifest] EventAttributionRecorded manifest
                 * @property {number|Long|null} [totalPoints] EventAttributionRecorded totalPoints
                 * @property {number|Long|null} [residual] EventAttributionRecorded residual
                 * @property {number|null} [contributors] EventAttributionRecorded contributors
                 */

                /**
                 * Constructs a new EventAttributionRecorded.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an EventAttributionRecorded.
                 * @implements IEventAttributionRecorded
                 * @constructor
                 * @param {tributary.attribution.v1.IEventAttributionRecorded=} [properties] Properties to set
                 */
                function EventAttributionRecorded(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventAttributionRecorded recordId.
                 * @member {number|Long} recordId
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @instance
                 */
                EventAttributionRecorded.prototype.recordId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventAttributionRecorded submitter.
                 * @member {string} submitter
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @instance
                 */
                EventAttributionRecorded.prototype.submitter = "";

                /**
                 * EventAttributionRecorded manifest.
                 * @member {string} manifest
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @instance
                 */
                EventAttributionRecorded.prototype.manifest = "";

                /**
                 * EventAttributionRecorded totalPoints.
                 * @member {number|Long} totalPoints
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @instance
                 */
                EventAttributionRecorded.prototype.totalPoints = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventAttributionRecorded residual.
                 * @member {number|Long} residual
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @instance
                 */
                EventAttributionRecorded.prototype.residual = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventAttributionRecorded contributors.
                 * @member {number} contributors
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @instance
                 */
                EventAttributionRecorded.prototype.contributors = 0;

                /**
                 * Encodes the specified EventAttributionRecorded message. Does not implicitly {@link tributary.attribution.v1.EventAttributionRecorded.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @static
                 * @param {tributary.attribution.v1.IEventAttributionRecorded} message EventAttributionRecorded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventAttributionRecorded.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.recordId != null && Object.hasOwnProperty.call(message, "recordId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.recordId);
                    if (message.submitter != null && Object.hasOwnProperty.call(message, "submitter"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.submitter);
                    if (message.manifest != null && Object.hasOwnProperty.call(message, "manifest"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.manifest);
                    if (message.totalPoints != null && Object.hasOwnProperty.call(message, "totalPoints"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalPoints);
                    if (message.residual != null && Object.hasOwnProperty.call(message, "residual"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.residual);
                    if (message.contributors != null && Object.hasOwnProperty.call(message, "contributors"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.contributors);
                    return writer;
                };

                /**
                 * Decodes an EventAttributionRecorded message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.EventAttributionRecorded} EventAttributionRecorded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventAttributionRecorded.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.attribution.v1.EventAttributionRecorded();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.recordId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.submitter = reader.string();
                                break;
                            }
                        case 3: {
                                message.manifest = reader.string();
                                break;
                            }
                        case 4: {
                                message.totalPoints = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.residual = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.contributors = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventAttributionRecorded
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.EventAttributionRecorded
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventAttributionRecorded.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.EventAttributionRecorded";
                };

                return EventAttributionRecorded;
            })();

            return v1;
        })();

        return attribution;
    })();

    return tributary;
})();

export { $root as default };
