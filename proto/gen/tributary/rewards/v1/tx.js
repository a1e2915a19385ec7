/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/rewards/v1/tx"] || ($protobuf.roots["tributary/rewards/v1/tx"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.rewards = (function() {

        /**
         * Namespace rewards.
         * @memberof tributary
         * @namespace
         */
        const rewards = {};

        rewards.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.rewards
             * @namespace
             */
            const v1 = {};

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Callback as used by {@link tributary.rewards.v1.Msg#registerNode}.
                 * @memberof tributary.rewards.v1.Msg
                 * @typedef RegisterNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.rewards.v1.MsgRegisterNodeResponse} [response] MsgRegisterNodeResponse
                 */

                /**
                 * Calls RegisterNode.
                 * @function registerNode
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgRegisterNode} request MsgRegisterNode message or plain object
                 * @param {tributary.rewards.v1.Msg.RegisterNodeCallback} callback Node-style callback called with the error, if any, and MsgRegisterNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.registerNode = function registerNode(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, registerNode, $root.tributary.rewards.v1.MsgRegisterNode, $root.tributary.rewards.v1.MsgRegisterNodeResponse, request, callback);
                }, "name", { value: "RegisterNode" });

                /**
                 * Calls RegisterNode.
                 * @function registerNode
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgRegisterNode} request MsgRegisterNode message or plain object
                 * @returns {Promise<tributary.rewards.v1.MsgRegisterNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.rewards.v1.Msg#updateNode}.
                 * @memberof tributary.rewards.v1.Msg
                 * @typedef UpdateNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.rewards.v1.MsgUpdateNodeResponse} [response] MsgUpdateNodeResponse
                 */

                /**
                 * Calls UpdateNode.
                 * @function updateNode
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgUpdateNode} request MsgUpdateNode message or plain object
                 * @param {tributary.rewards.v1.Msg.UpdateNodeCallback} callback Node-style callback called with the error, if any, and MsgUpdateNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.updateNode = function updateNode(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, updateNode, $root.tributary.rewards.v1.MsgUpdateNode, $root.tributary.rewards.v1.MsgUpdateNodeResponse, request, callback);
                }, "name", { value: "UpdateNode" });

                /**
                 * Calls UpdateNode.
                 * @function updateNode
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgUpdateNode} request MsgUpdateNode message or plain object
                 * @returns {Promise<tributary.rewards.v1.MsgUpdateNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.rewards.v1.Msg#unregisterNode}.
                 * @memberof tributary.rewards.v1.Msg
                 * @typedef UnregisterNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.rewards.v1.MsgUnregisterNodeResponse} [response] MsgUnregisterNodeResponse
                 */

                /**
                 * Calls UnregisterNode.
                 * @function unregisterNode
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgUnregisterNode} request MsgUnregisterNode message or plain object
                 * @param {tributary.rewards.v1.Msg.UnregisterNodeCallback} callback Node-style callback called with the error, if any, and MsgUnregisterNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.unregisterNode = function unregisterNode(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, unregisterNode, $root.tributary.rewards.v1.MsgUnregisterNode, $root.tributary.rewards.v1.MsgUnregisterNodeResponse, request, callback);
                }, "name", { value: "UnregisterNode" });

                /**
                 * Calls UnregisterNode.
                 * @function unregisterNode
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgUnregisterNode} request MsgUnregisterNode message or plain object
                 * @returns {Promise<tributary.rewards.v1.MsgUnregisterNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.rewards.v1.Msg#submitStorageProof}.
                 * @memberof tributary.rewards.v1.Msg
                 * @typedef SubmitStorageProofCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.rewards.v1.MsgSubmitStorageProofResponse} [response] MsgSubmitStorageProofResponse
                 */

                /**
                 * Calls SubmitStorageProof.
                 * @function submitStorageProof
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgSubmitStorageProof} request MsgSubmitStorageProof message or plain object
                 * @param {tributary.rewards.v1.Msg.SubmitStorageProofCallback} callback Node-style callback called with the error, if any, and MsgSubmitStorageProofResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.submitStorageProof = function submitStorageProof(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, submitStorageProof, $root.tributary.rewards.v1.MsgSubmitStorageProof, $root.tributary.rewards.v1.MsgSubmitStorageProofResponse, request, callback);
                }, "name", { value: "SubmitStorageProof" });

                /**
                 * Calls SubmitStorageProof.
                 * @function submitStorageProof
                 * @memberof tributary.rewards.v1.Msg
                 * @instance
                 * @param {tributary.rewards.v1.IMsgSubmitStorageProof} request MsgSubmitStorageProof message or plain object
                 * @returns {Promise<tributary.rewards.v1.MsgSubmitStorageProofResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.MsgRegisterNode = (function() {

                /**
                 * Properties of a MsgRegisterNode.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgRegisterNode
                 * @property {string|null} [operator] MsgRegisterNode operator
                 * @property {Array.<tributary.rewards.v1.NodeRole>|null} [roles] MsgRegisterNode roles
                 * @property {Array.<number|Long>|null} [datanetIds] MsgRegisterNode datanetIds
                 * @property {string|null} [endpoint] MsgRegisterNode endpoint
                 * @property {cosmos.base.v1beta1.ICoin|null} [bond] MsgRegisterNode bond
                 */

                /**
                 * Constructs a new MsgRegisterNode.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgRegisterNode.
                 * @implements IMsgRegisterNode
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgRegisterNode=} [properties] Properties to set
                 */
                function MsgRegisterNode(properties) {
                    this.roles = [];
                    this.datanetIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRegisterNode operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.operator = "";

                /**
                 * MsgRegisterNode roles.
                 * @member {Array.<tributary.rewards.v1.NodeRole>} roles
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.roles = $util.emptyArray;

                /**
                 * MsgRegisterNode datanetIds.
                 * @member {Array.<number|Long>} datanetIds
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.datanetIds = $util.emptyArray;

                /**
                 * MsgRegisterNode endpoint.
                 * @member {string} endpoint
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.endpoint = "";

                /**
                 * MsgRegisterNode bond.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} bond
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.bond = null;

                /**
                 * Encodes the specified MsgRegisterNode message. Does not implicitly {@link tributary.rewards.v1.MsgRegisterNode.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @static
                 * @param {tributary.rewards.v1.IMsgRegisterNode} message MsgRegisterNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.roles != null && message.roles.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.int32(message.roles[i]);
                        writer.ldelim();
                    }
                    if (message.datanetIds != null && message.datanetIds.length) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork();
                        for (let i = 0; i < message.datanetIds.length; ++i)
                            writer.uint64(message.datanetIds[i]);
                        writer.ldelim();
                    }
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgRegisterNode} MsgRegisterNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgRegisterNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.roles.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.roles.push(reader.int32());
                                break;
                            }
                        case 3: {
                                if (!(message.datanetIds && message.datanetIds.length))
                                    message.datanetIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.datanetIds.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.datanetIds.push(reader.uint64());
                                break;
                            }
                        case 4: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 5: {
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for MsgRegisterNode
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgRegisterNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgRegisterNode";
                };

                return MsgRegisterNode;
            })();

            v1.MsgRegisterNodeResponse = (function() {

                /**
                 * Properties of a MsgRegisterNodeResponse.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgRegisterNodeResponse
                 * @property {number|Long|null} [bytesServed] MsgRegisterNodeResponse bytesServed
                 * @property {string|null} [requiredBond] MsgRegisterNodeResponse requiredBond
                 */

                /**
                 * Constructs a new MsgRegisterNodeResponse.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgRegisterNodeResponse.
                 * @implements IMsgRegisterNodeResponse
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgRegisterNodeResponse=} [properties] Properties to set
                 */
                function MsgRegisterNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRegisterNodeResponse bytesServed.
                 * @member {number|Long} bytesServed
                 * @memberof tributary.rewards.v1.MsgRegisterNodeResponse
                 * @instance
                 */
                MsgRegisterNodeResponse.prototype.bytesServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRegisterNodeResponse requiredBond.
                 * @member {string} requiredBond
                 * @memberof tributary.rewards.v1.MsgRegisterNodeResponse
                 * @instance
                 */
                MsgRegisterNodeResponse.prototype.requiredBond = "";

                /**
                 * Encodes the specified MsgRegisterNodeResponse message. Does not implicitly {@link tributary.rewards.v1.MsgRegisterNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {tributary.rewards.v1.IMsgRegisterNodeResponse} message MsgRegisterNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.bytesServed != null && Object.hasOwnProperty.call(message, "bytesServed"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bytesServed);
                    if (message.requiredBond != null && Object.hasOwnProperty.call(message, "requiredBond"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.requiredBond);
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgRegisterNodeResponse} MsgRegisterNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgRegisterNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.bytesServed = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.requiredBond = reader.string();
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
                 * Gets the default type url for MsgRegisterNodeResponse
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgRegisterNodeResponse";
                };

                return MsgRegisterNodeResponse;
            })();

            v1.MsgUpdateNode = (function() {

                /**
                 * Properties of a MsgUpdateNode.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgUpdateNode
                 * @property {string|null} [operator] MsgUpdateNode operator
                 * @property {Array.<number|Long>|null} [datanetIds] MsgUpdateNode datanetIds
                 * @property {string|null} [endpoint] MsgUpdateNode endpoint
                 * @property {cosmos.base.v1beta1.ICoin|null} [addBond] MsgUpdateNode addBond
                 */

                /**
                 * Constructs a new MsgUpdateNode.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgUpdateNode.
                 * @implements IMsgUpdateNode
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgUpdateNode=} [properties] Properties to set
                 */
                function MsgUpdateNode(properties) {
                    this.datanetIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUpdateNode operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.operator = "";

                /**
                 * MsgUpdateNode datanetIds.
                 * @member {Array.<number|Long>} datanetIds
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.datanetIds = $util.emptyArray;

                /**
                 * MsgUpdateNode endpoint.
                 * @member {string} endpoint
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.endpoint = "";

                /**
                 * MsgUpdateNode addBond.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} addBond
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.addBond = null;

                /**
                 * Encodes the specified MsgUpdateNode message. Does not implicitly {@link tributary.rewards.v1.MsgUpdateNode.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @static
                 * @param {tributary.rewards.v1.IMsgUpdateNode} message MsgUpdateNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.datanetIds != null && message.datanetIds.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.datanetIds.length; ++i)
                            writer.uint64(message.datanetIds[i]);
                        writer.ldelim();
                    }
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.endpoint);
                    if (message.addBond != null && Object.hasOwnProperty.call(message, "addBond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.addBond, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgUpdateNode} MsgUpdateNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgUpdateNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.datanetIds && message.datanetIds.length))
                                    message.datanetIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.datanetIds.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.datanetIds.push(reader.uint64());
                                break;
                            }
                        case 3: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 4: {
                                message.addBond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for MsgUpdateNode
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgUpdateNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUpdateNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgUpdateNode";
                };

                return MsgUpdateNode;
            })();

            v1.MsgUpdateNodeResponse = (function() {

                /**
                 * Properties of a MsgUpdateNodeResponse.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgUpdateNodeResponse
                 * @property {cosmos.base.v1beta1.ICoin|null} [bond] MsgUpdateNodeResponse bond
                 * @property {number|Long|null} [bytesServed] MsgUpdateNodeResponse bytesServed
                 */

                /**
                 * Constructs a new MsgUpdateNodeResponse.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgUpdateNodeResponse.
                 * @implements IMsgUpdateNodeResponse
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgUpdateNodeResponse=} [properties] Properties to set
                 */
                function MsgUpdateNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUpdateNodeResponse bond.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} bond
                 * @memberof tributary.rewards.v1.MsgUpdateNodeResponse
                 * @instance
                 */
                MsgUpdateNodeResponse.prototype.bond = null;

                /**
                 * MsgUpdateNodeResponse bytesServed.
                 * @member {number|Long} bytesServed
                 * @memberof tributary.rewards.v1.MsgUpdateNodeResponse
                 * @instance
                 */
                MsgUpdateNodeResponse.prototype.bytesServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified MsgUpdateNodeResponse message. Does not implicitly {@link tributary.rewards.v1.MsgUpdateNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {tributary.rewards.v1.IMsgUpdateNodeResponse} message MsgUpdateNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.bytesServed != null && Object.hasOwnProperty.call(message, "bytesServed"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytesServed);
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgUpdateNodeResponse} MsgUpdateNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgUpdateNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.bytesServed = reader.uint64();
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
                 * Gets the default type url for MsgUpdateNodeResponse
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUpdateNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgUpdateNodeResponse";
                };

                return MsgUpdateNodeResponse;
            })();

            v1.MsgUnregisterNode = (function() {

                /**
                 * Properties of a MsgUnregisterNode.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgUnregisterNode
                 * @property {string|null} [operator] MsgUnregisterNode operator
                 */

                /**
                 * Constructs a new MsgUnregisterNode.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgUnregisterNode.
                 * @implements IMsgUnregisterNode
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgUnregisterNode=} [properties] Properties to set
                 */
                function MsgUnregisterNode(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnregisterNode operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.MsgUnregisterNode
                 * @instance
                 */
                MsgUnregisterNode.prototype.operator = "";

                /**
                 * Encodes the specified MsgUnregisterNode message. Does not implicitly {@link tributary.rewards.v1.MsgUnregisterNode.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgUnregisterNode
                 * @static
                 * @param {tributary.rewards.v1.IMsgUnregisterNode} message MsgUnregisterNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnregisterNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    return writer;
                };

                /**
                 * Decodes a MsgUnregisterNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgUnregisterNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgUnregisterNode} MsgUnregisterNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnregisterNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgUnregisterNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
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
                 * Gets the default type url for MsgUnregisterNode
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgUnregisterNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnregisterNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgUnregisterNode";
                };

                return MsgUnregisterNode;
            })();

            v1.MsgUnregisterNodeResponse = (function() {

                /**
                 * Properties of a MsgUnregisterNodeResponse.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgUnregisterNodeResponse
                 * @property {cosmos.base.v1beta1.ICoin|null} [refund] MsgUnregisterNodeResponse refund
                 * @property {number|Long|null} [completionHeight] MsgUnregisterNodeResponse completionHeight
                 */

                /**
                 * Constructs a new MsgUnregisterNodeResponse.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgUnregisterNodeResponse.
                 * @implements IMsgUnregisterNodeResponse
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgUnregisterNodeResponse=} [properties] Properties to set
                 */
                function MsgUnregisterNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnregisterNodeResponse refund.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} refund
                 * @memberof tributary.rewards.v1.MsgUnregisterNodeResponse
                 * @instance
                 */
                MsgUnregisterNodeResponse.prototype.refund = null;

                /**
                 * MsgUnregisterNodeResponse completionHeight.
                 * @member {number|Long} completionHeight
                 * @memberof tributary.rewards.v1.MsgUnregisterNodeResponse
                 * @instance
                 */
                MsgUnregisterNodeResponse.prototype.completionHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified MsgUnregisterNodeResponse message. Does not implicitly {@link tributary.rewards.v1.MsgUnregisterNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgUnregisterNodeResponse
                 * @static
                 * @param {tributary.rewards.v1.IMsgUnregisterNodeResponse} message MsgUnregisterNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnregisterNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.refund != null && Object.hasOwnProperty.call(message, "refund"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.refund, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.completionHeight != null && Object.hasOwnProperty.call(message, "completionHeight"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.completionHeight);
                    return writer;
                };

                /**
                 * Decodes a MsgUnregisterNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgUnregisterNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgUnregisterNodeResponse} MsgUnregisterNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnregisterNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgUnregisterNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.refund = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.completionHeight = reader.int64();
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
                 * Gets the default type url for MsgUnregisterNodeResponse
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgUnregisterNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnregisterNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgUnregisterNodeResponse";
                };

                return MsgUnregisterNodeResponse;
            })();

            v1.MsgSubmitStorageProof = (function() {

                /**
                 * Properties of a MsgSubmitStorageProof.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgSubmitStorageProof
                 * @property {string|null} [operator] MsgSubmitStorageProof operator
                 * @property {number|Long|null} [epoch] MsgSubmitStorageProof epoch
                 * @property {number|null} [challengeIndex] MsgSubmitStorageProof challengeIndex
                 * @property {Uint8Array|null} [chunk] MsgSubmitStorageProof chunk
                 * @property {Array.<Uint8Array>|null} [path] MsgSubmitStorageProof path
                 */

                /**
                 * Constructs a new MsgSubmitStorageProof.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgSubmitStorageProof.
                 * @implements IMsgSubmitStorageProof
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgSubmitStorageProof=} [properties] Properties to set
                 */
                function MsgSubmitStorageProof(properties) {
                    this.path = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgSubmitStorageProof operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @instance
                 */
                MsgSubmitStorageProof.prototype.operator = "";

                /**
                 * MsgSubmitStorageProof epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @instance
                 */
                MsgSubmitStorageProof.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSubmitStorageProof challengeIndex.
                 * @member {number} challengeIndex
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @instance
                 */
                MsgSubmitStorageProof.prototype.challengeIndex = 0;

                /**
                 * MsgSubmitStorageProof chunk.
                 * @member {Uint8Array} chunk
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @instance
                 */
                MsgSubmitStorageProof.prototype.chunk = $util.newBuffer([]);

                /**
                 * MsgSubmitStorageProof path.
                 * @member {Array.<Uint8Array>} path
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @instance
                 */
                MsgSubmitStorageProof.prototype.path = $util.emptyArray;

                /**
                 * Encodes the specified MsgSubmitStorageProof message. Does not implicitly {@link tributary.rewards.v1.MsgSubmitStorageProof.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @static
                 * @param {tributary.rewards.v1.IMsgSubmitStorageProof} message MsgSubmitStorageProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSubmitStorageProof.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.challengeIndex != null && Object.hasOwnProperty.call(message, "challengeIndex"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.challengeIndex);
                    if (message.chunk != null && Object.hasOwnProperty.call(message, "chunk"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.chunk);
                    if (message.path != null && message.path.length)
                        for (let i = 0; i < message.path.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.path[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSubmitStorageProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgSubmitStorageProof} MsgSubmitStorageProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSubmitStorageProof.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgSubmitStorageProof();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.challengeIndex = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.chunk = reader.bytes();
                                break;
                            }
                        case 5: {
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                message.path.push(reader.bytes());
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
                 * Gets the default type url for MsgSubmitStorageProof
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProof
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSubmitStorageProof.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgSubmitStorageProof";
                };

                return MsgSubmitStorageProof;
            })();

            v1.MsgSubmitStorageProofResponse = (function() {

                /**
                 * Properties of a MsgSubmitStorageProofResponse.
                 * @memberof tributary.rewards.v1
                 * @interface IMsgSubmitStorageProofResponse
                 * @property {number|null} [passed] MsgSubmitStorageProofResponse passed
                 * @property {number|null} [pending] MsgSubmitStorageProofResponse pending
                 */

                /**
                 * Constructs a new MsgSubmitStorageProofResponse.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a MsgSubmitStorageProofResponse.
                 * @implements IMsgSubmitStorageProofResponse
                 * @constructor
                 * @param {tributary.rewards.v1.IMsgSubmitStorageProofResponse=} [properties] Properties to set
                 */
                function MsgSubmitStorageProofResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgSubmitStorageProofResponse passed.
                 * @member {number} passed
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProofResponse
                 * @instance
                 */
                MsgSubmitStorageProofResponse.prototype.passed = 0;

                /**
                 * MsgSubmitStorageProofResponse pending.
                 * @member {number} pending
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProofResponse
                 * @instance
                 */
                MsgSubmitStorageProofResponse.prototype.pending = 0;

                /**
                 * Encodes the specified MsgSubmitStorageProofResponse message. Does not implicitly {@link tributary.rewards.v1.MsgSubmitStorageProofResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProofResponse
                 * @static
                 * @param {tributary.rewards.v1.IMsgSubmitStorageProofResponse} message MsgSubmitStorageProofResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSubmitStorageProofResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.passed != null && Object.hasOwnProperty.call(message, "passed"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.passed);
                    if (message.pending != null && Object.hasOwnProperty.call(message, "pending"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pending);
                    return writer;
                };

                /**
                 * Decodes a MsgSubmitStorageProofResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProofResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.MsgSubmitStorageProofResponse} MsgSubmitStorageProofResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSubmitStorageProofResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.MsgSubmitStorageProofResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.passed = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.pending = reader.uint32();
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
                 * Gets the default type url for MsgSubmitStorageProofResponse
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.MsgSubmitStorageProofResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSubmitStorageProofResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.MsgSubmitStorageProofResponse";
                };

                return MsgSubmitStorageProofResponse;
            })();

            /**
             * NodeRole enum.
             * @name tributary.rewards.v1.NodeRole
             * @enum {number}
             * @property {number} NODE_ROLE_UNSPECIFIED=0 NODE_ROLE_UNSPECIFIED value
             * @property {number} NODE_ROLE_STORAGE=1 NODE_ROLE_STORAGE value
             */
            v1.NodeRole = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "NODE_ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "NODE_ROLE_STORAGE"] = 1;
                return values;
            })();

            /**
             * ChallengeStatus enum.
             * @name tributary.rewards.v1.ChallengeStatus
             * @enum {number}
             * @property {number} CHALLENGE_STATUS_UNSPECIFIED=0 CHALLENGE_STATUS_UNSPECIFIED value
             * @property {number} CHALLENGE_STATUS_PENDING=1 CHALLENGE_STATUS_PENDING value
             * @property {number} CHALLENGE_STATUS_PASSED=2 CHALLENGE_STATUS_PASSED value
             * @property {number} CHALLENGE_STATUS_MISSED=3 CHALLENGE_STATUS_MISSED value
             */
            v1.ChallengeStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "CHALLENGE_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CHALLENGE_STATUS_PENDING"] = 1;
                values[valuesById[2] = "CHALLENGE_STATUS_PASSED"] = 2;
                values[valuesById[3] = "CHALLENGE_STATUS_MISSED"] = 3;
                return values;
            })();

            v1.NodeStats = (function() {

                /**
                 * Properties of a NodeStats.
                 * @memberof tributary.rewards.v1
                 * @interface INodeStats
                 * @property {number|Long|null} [epochsServed] NodeStats epochsServed
                 * @property {number|Long|null} [challengesPassed] NodeStats challengesPassed
                 * @property {number|Long|null} [challengesMissed] NodeStats challengesMissed
                 * @property {number|Long|null} [bytesServed] NodeStats bytesServed
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [rewardsEarned] NodeStats rewardsEarned
                 * @property {cosmos.base.v1beta1.ICoin|null} [totalSlashed] NodeStats totalSlashed
                 * @property {number|Long|null} [timesJailed] NodeStats timesJailed
                 * @property {number|Long|null} [lastEpoch] NodeStats lastEpoch
                 */

                /**
                 * Constructs a new NodeStats.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a NodeStats.
                 * @implements INodeStats
                 * @constructor
                 * @param {tributary.rewards.v1.INodeStats=} [properties] Properties to set
                 */
                function NodeStats(properties) {
                    this.rewardsEarned = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * NodeStats epochsServed.
                 * @member {number|Long} epochsServed
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.epochsServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NodeStats challengesPassed.
                 * @member {number|Long} challengesPassed
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.challengesPassed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NodeStats challengesMissed.
                 * @member {number|Long} challengesMissed
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.challengesMissed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NodeStats bytesServed.
                 * @member {number|Long} bytesServed
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.bytesServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NodeStats rewardsEarned.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} rewardsEarned
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.rewardsEarned = $util.emptyArray;

                /**
                 * NodeStats totalSlashed.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} totalSlashed
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.totalSlashed = null;

                /**
                 * NodeStats timesJailed.
                 * @member {number|Long} timesJailed
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.timesJailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NodeStats lastEpoch.
                 * @member {number|Long} lastEpoch
                 * @memberof tributary.rewards.v1.NodeStats
                 * @instance
                 */
                NodeStats.prototype.lastEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified NodeStats message. Does not implicitly {@link tributary.rewards.v1.NodeStats.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.NodeStats
                 * @static
                 * @param {tributary.rewards.v1.INodeStats} message NodeStats message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NodeStats.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.epochsServed != null && Object.hasOwnProperty.call(message, "epochsServed"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epochsServed);
                    if (message.challengesPassed != null && Object.hasOwnProperty.call(message, "challengesPassed"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.challengesPassed);
                    if (message.challengesMissed != null && Object.hasOwnProperty.call(message, "challengesMissed"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.challengesMissed);
                    if (message.bytesServed != null && Object.hasOwnProperty.call(message, "bytesServed"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytesServed);
                    if (message.rewardsEarned != null && message.rewardsEarned.length)
                        for (let i = 0; i < message.rewardsEarned.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.rewardsEarned[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.totalSlashed != null && Object.hasOwnProperty.call(message, "totalSlashed"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.totalSlashed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.timesJailed != null && Object.hasOwnProperty.call(message, "timesJailed"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timesJailed);
                    if (message.lastEpoch != null && Object.hasOwnProperty.call(message, "lastEpoch"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastEpoch);
                    return writer;
                };

                /**
                 * Decodes a NodeStats message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.NodeStats
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.NodeStats} NodeStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NodeStats.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.NodeStats();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.epochsServed = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.challengesPassed = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.challengesMissed = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.bytesServed = reader.uint64();
                                break;
                            }
                        case 5: {
                                if (!(message.rewardsEarned && message.rewardsEarned.length))
                                    message.rewardsEarned = [];
                                message.rewardsEarned.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 6: {
                                message.totalSlashed = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.timesJailed = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.lastEpoch = reader.uint64();
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
                 * Gets the default type url for NodeStats
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.NodeStats
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                NodeStats.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.NodeStats";
                };

                return NodeStats;
            })();

            v1.Node = (function() {

                /**
                 * Properties of a Node.
                 * @memberof tributary.rewards.v1
                 * @interface INode
                 * @property {string|null} [operator] Node operator
                 * @property {Array.<tributary.rewards.v1.NodeRole>|null} [roles] Node roles
                 * @property {Array.<number|Long>|null} [datanetIds] Node datanetIds
                 * @property {string|null} [endpoint] Node endpoint
                 * @property {cosmos.base.v1beta1.ICoin|null} [bond] Node bond
                 * @property {number|Long|null} [registeredHeight] Node registeredHeight
                 * @property {number|Long|null} [jailedUntilEpoch] Node jailedUntilEpoch
                 * @property {tributary.rewards.v1.INodeStats|null} [stats] Node stats
                 */

                /**
                 * Constructs a new Node.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a Node.
                 * @implements INode
                 * @constructor
                 * @param {tributary.rewards.v1.INode=} [properties] Properties to set
                 */
                function Node(properties) {
                    this.roles = [];
                    this.datanetIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Node operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.operator = "";

                /**
                 * Node roles.
                 * @member {Array.<tributary.rewards.v1.NodeRole>} roles
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.roles = $util.emptyArray;

                /**
                 * Node datanetIds.
                 * @member {Array.<number|Long>} datanetIds
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.datanetIds = $util.emptyArray;

                /**
                 * Node endpoint.
                 * @member {string} endpoint
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.endpoint = "";

                /**
                 * Node bond.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} bond
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.bond = null;

                /**
                 * Node registeredHeight.
                 * @member {number|Long} registeredHeight
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.registeredHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Node jailedUntilEpoch.
                 * @member {number|Long} jailedUntilEpoch
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.jailedUntilEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node stats.
                 * @member {tributary.rewards.v1.INodeStats|null|undefined} stats
                 * @memberof tributary.rewards.v1.Node
                 * @instance
                 */
                Node.prototype.stats = null;

                /**
                 * Encodes the specified Node message. Does not implicitly {@link tributary.rewards.v1.Node.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.Node
                 * @static
                 * @param {tributary.rewards.v1.INode} message Node message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Node.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.roles != null && message.roles.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.int32(message.roles[i]);
                        writer.ldelim();
                    }
                    if (message.datanetIds != null && message.datanetIds.length) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork();
                        for (let i = 0; i < message.datanetIds.length; ++i)
                            writer.uint64(message.datanetIds[i]);
                        writer.ldelim();
                    }
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.bond, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.registeredHeight != null && Object.hasOwnProperty.call(message, "registeredHeight"))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.registeredHeight);
                    if (message.jailedUntilEpoch != null && Object.hasOwnProperty.call(message, "jailedUntilEpoch"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.jailedUntilEpoch);
                    if (message.stats != null && Object.hasOwnProperty.call(message, "stats"))
                        $root.tributary.rewards.v1.NodeStats.encode(message.stats, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Node message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.Node
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.Node} Node
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Node.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.Node();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.roles.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.roles.push(reader.int32());
                                break;
                            }
                        case 3: {
                                if (!(message.datanetIds && message.datanetIds.length))
                                    message.datanetIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.datanetIds.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.datanetIds.push(reader.uint64());
                                break;
                            }
                        case 4: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 5: {
                                message.bond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.registeredHeight = reader.int64();
                                break;
                            }
                        case 7: {
                                message.jailedUntilEpoch = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.stats = $root.tributary.rewards.v1.NodeStats.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for Node
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.Node
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Node.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.Node";
                };

                return Node;
            })();

            v1.Challenge = (function() {

                /**
                 * Properties of a Challenge.
                 * @memberof tributary.rewards.v1
                 * @interface IChallenge
                 * @property {string|null} [operator] Challenge operator
                 * @property {number|Long|null} [epoch] Challenge epoch
                 * @property {number|null} [index] Challenge index
                 * @property {number|Long|null} [datanetId] Challenge datanetId
                 * @property {number|Long|null} [contributionId] Challenge contributionId
                 * @property {Uint8Array|null} [contentHash] Challenge contentHash
                 * @property {Uint8Array|null} [contentRoot] Challenge contentRoot
                 * @property {number|Long|null} [bytes] Challenge bytes
                 * @property {number|null} [chunkIndex] Challenge chunkIndex
                 * @property {number|null} [chunkCount] Challenge chunkCount
                 * @property {number|Long|null} [deadlineHeight] Challenge deadlineHeight
                 * @property {tributary.rewards.v1.ChallengeStatus|null} [status] Challenge status
                 * @property {number|Long|null} [provedHeight] Challenge provedHeight
                 */

                /**
                 * Constructs a new Challenge.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a Challenge.
                 * @implements IChallenge
                 * @constructor
                 * @param {tributary.rewards.v1.IChallenge=} [properties] Properties to set
                 */
                function Challenge(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Challenge operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.operator = "";

                /**
                 * Challenge epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge index.
                 * @member {number} index
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.index = 0;

                /**
                 * Challenge datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge contentHash.
                 * @member {Uint8Array} contentHash
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.contentHash = $util.newBuffer([]);

                /**
                 * Challenge contentRoot.
                 * @member {Uint8Array} contentRoot
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.contentRoot = $util.newBuffer([]);

                /**
                 * Challenge bytes.
                 * @member {number|Long} bytes
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge chunkIndex.
                 * @member {number} chunkIndex
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.chunkIndex = 0;

                /**
                 * Challenge chunkCount.
                 * @member {number} chunkCount
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.chunkCount = 0;

                /**
                 * Challenge deadlineHeight.
                 * @member {number|Long} deadlineHeight
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.deadlineHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Challenge status.
                 * @member {tributary.rewards.v1.ChallengeStatus} status
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.status = 0;

                /**
                 * Challenge provedHeight.
                 * @member {number|Long} provedHeight
                 * @memberof tributary.rewards.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.provedHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link tributary.rewards.v1.Challenge.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.Challenge
                 * @static
                 * @param {tributary.rewards.v1.IChallenge} message Challenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenge.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.datanetId);
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.contributionId);
                    if (message.contentHash != null && Object.hasOwnProperty.call(message, "contentHash"))
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.contentHash);
                    if (message.contentRoot != null && Object.hasOwnProperty.call(message, "contentRoot"))
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.contentRoot);
                    if (message.bytes != null && Object.hasOwnProperty.call(message, "bytes"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.bytes);
                    if (message.chunkIndex != null && Object.hasOwnProperty.call(message, "chunkIndex"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.chunkIndex);
                    if (message.chunkCount != null && Object.hasOwnProperty.call(message, "chunkCount"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.chunkCount);
                    if (message.deadlineHeight != null && Object.hasOwnProperty.call(message, "deadlineHeight"))
                        writer.uint32(/* id 11, wireType 0 =*/88).int64(message.deadlineHeight);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 12, wireType 0 =*/96).int32(message.status);
                    if (message.provedHeight != null && Object.hasOwnProperty.call(message, "provedHeight"))
                        writer.uint32(/* id 13, wireType 0 =*/104).int64(message.provedHeight);
                    return writer;
                };

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.Challenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.Challenge} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Challenge.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.Challenge();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.index = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.contentHash = reader.bytes();
                                break;
                            }
                        case 7: {
                                message.contentRoot = reader.bytes();
                                break;
                            }
                        case 8: {
                                message.bytes = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.chunkIndex = reader.uint32();
                                break;
                            }
                        case 10: {
                                message.chunkCount = reader.uint32();
                                break;
                            }
                        case 11: {
                                message.deadlineHeight = reader.int64();
                                break;
                            }
                        case 12: {
                                message.status = reader.int32();
                                break;
                            }
                        case 13: {
                                message.provedHeight = reader.int64();
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
                 * Gets the default type url for Challenge
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.Challenge
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Challenge.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.Challenge";
                };

                return Challenge;
            })();

            v1.EpochWork = (function() {

                /**
                 * Properties of an EpochWork.
                 * @memberof tributary.rewards.v1
                 * @interface IEpochWork
                 * @property {string|null} [operator] EpochWork operator
                 * @property {number|Long|null} [epoch] EpochWork epoch
                 * @property {number|Long|null} [bytesCounted] EpochWork bytesCounted
                 * @property {number|Long|null} [bytesServed] EpochWork bytesServed
                 * @property {number|null} [challenges] EpochWork challenges
                 * @property {number|null} [passed] EpochWork passed
                 * @property {number|null} [missed] EpochWork missed
                 */

                /**
                 * Constructs a new EpochWork.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EpochWork.
                 * @implements IEpochWork
                 * @constructor
                 * @param {tributary.rewards.v1.IEpochWork=} [properties] Properties to set
                 */
                function EpochWork(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EpochWork operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.operator = "";

                /**
                 * EpochWork epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochWork bytesCounted.
                 * @member {number|Long} bytesCounted
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.bytesCounted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochWork bytesServed.
                 * @member {number|Long} bytesServed
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.bytesServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochWork challenges.
                 * @member {number} challenges
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.challenges = 0;

                /**
                 * EpochWork passed.
                 * @member {number} passed
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.passed = 0;

                /**
                 * EpochWork missed.
                 * @member {number} missed
                 * @memberof tributary.rewards.v1.EpochWork
                 * @instance
                 */
                EpochWork.prototype.missed = 0;

                /**
                 * Encodes the specified EpochWork message. Does not implicitly {@link tributary.rewards.v1.EpochWork.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EpochWork
                 * @static
                 * @param {tributary.rewards.v1.IEpochWork} message EpochWork message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EpochWork.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.bytesCounted != null && Object.hasOwnProperty.call(message, "bytesCounted"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytesCounted);
                    if (message.bytesServed != null && Object.hasOwnProperty.call(message, "bytesServed"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytesServed);
                    if (message.challenges != null && Object.hasOwnProperty.call(message, "challenges"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.challenges);
                    if (message.passed != null && Object.hasOwnProperty.call(message, "passed"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.passed);
                    if (message.missed != null && Object.hasOwnProperty.call(message, "missed"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.missed);
                    return writer;
                };

                /**
                 * Decodes an EpochWork message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EpochWork
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EpochWork} EpochWork
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EpochWork.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.EpochWork();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.bytesCounted = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.bytesServed = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.challenges = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.passed = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.missed = reader.uint32();
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
                 * Gets the default type url for EpochWork
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EpochWork
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EpochWork.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EpochWork";
                };

                return EpochWork;
            })();

            v1.EpochInfo = (function() {

                /**
                 * Properties of an EpochInfo.
                 * @memberof tributary.rewards.v1
                 * @interface IEpochInfo
                 * @property {number|Long|null} [number] EpochInfo number
                 * @property {number|Long|null} [startHeight] EpochInfo startHeight
                 * @property {number|Long|null} [windowEndHeight] EpochInfo windowEndHeight
                 * @property {number|Long|null} [nextStartHeight] EpochInfo nextStartHeight
                 * @property {Uint8Array|null} [seed] EpochInfo seed
                 * @property {boolean|null} [windowClosed] EpochInfo windowClosed
                 */

                /**
                 * Constructs a new EpochInfo.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EpochInfo.
                 * @implements IEpochInfo
                 * @constructor
                 * @param {tributary.rewards.v1.IEpochInfo=} [properties] Properties to set
                 */
                function EpochInfo(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EpochInfo number.
                 * @member {number|Long} number
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @instance
                 */
                EpochInfo.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochInfo startHeight.
                 * @member {number|Long} startHeight
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @instance
                 */
                EpochInfo.prototype.startHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * EpochInfo windowEndHeight.
                 * @member {number|Long} windowEndHeight
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @instance
                 */
                EpochInfo.prototype.windowEndHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * EpochInfo nextStartHeight.
                 * @member {number|Long} nextStartHeight
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @instance
                 */
                EpochInfo.prototype.nextStartHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * EpochInfo seed.
                 * @member {Uint8Array} seed
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @instance
                 */
                EpochInfo.prototype.seed = $util.newBuffer([]);

                /**
                 * EpochInfo windowClosed.
                 * @member {boolean} windowClosed
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @instance
                 */
                EpochInfo.prototype.windowClosed = false;

                /**
                 * Encodes the specified EpochInfo message. Does not implicitly {@link tributary.rewards.v1.EpochInfo.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @static
                 * @param {tributary.rewards.v1.IEpochInfo} message EpochInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EpochInfo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.number);
                    if (message.startHeight != null && Object.hasOwnProperty.call(message, "startHeight"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.startHeight);
                    if (message.windowEndHeight != null && Object.hasOwnProperty.call(message, "windowEndHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.windowEndHeight);
                    if (message.nextStartHeight != null && Object.hasOwnProperty.call(message, "nextStartHeight"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.nextStartHeight);
                    if (message.seed != null && Object.hasOwnProperty.call(message, "seed"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.seed);
                    if (message.windowClosed != null && Object.hasOwnProperty.call(message, "windowClosed"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.windowClosed);
                    return writer;
                };

                /**
                 * Decodes an EpochInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EpochInfo} EpochInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EpochInfo.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.EpochInfo();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.number = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.startHeight = reader.int64();
                                break;
                            }
                        case 3: {
                                message.windowEndHeight = reader.int64();
                                break;
                            }
                        case 4: {
                                message.nextStartHeight = reader.int64();
                                break;
                            }
                        case 5: {
                                message.seed = reader.bytes();
                                break;
                            }
                        case 6: {
                                message.windowClosed = reader.bool();
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
                 * Gets the default type url for EpochInfo
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EpochInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EpochInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EpochInfo";
                };

                return EpochInfo;
            })();

            v1.BondRefund = (function() {

                /**
                 * Properties of a BondRefund.
                 * @memberof tributary.rewards.v1
                 * @interface IBondRefund
                 * @property {string|null} [operator] BondRefund operator
                 * @property {cosmos.base.v1beta1.ICoin|null} [amount] BondRefund amount
                 * @property {number|Long|null} [completionHeight] BondRefund completionHeight
                 */

                /**
                 * Constructs a new BondRefund.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a BondRefund.
                 * @implements IBondRefund
                 * @constructor
                 * @param {tributary.rewards.v1.IBondRefund=} [properties] Properties to set
                 */
                function BondRefund(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BondRefund operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.BondRefund
                 * @instance
                 */
                BondRefund.prototype.operator = "";

                /**
                 * BondRefund amount.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} amount
                 * @memberof tributary.rewards.v1.BondRefund
                 * @instance
                 */
                BondRefund.prototype.amount = null;

                /**
                 * BondRefund completionHeight.
                 * @member {number|Long} completionHeight
                 * @memberof tributary.rewards.v1.BondRefund
                 * @instance
                 */
                BondRefund.prototype.completionHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified BondRefund message. Does not implicitly {@link tributary.rewards.v1.BondRefund.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.BondRefund
                 * @static
                 * @param {tributary.rewards.v1.IBondRefund} message BondRefund message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BondRefund.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.amount, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.completionHeight != null && Object.hasOwnProperty.call(message, "completionHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.completionHeight);
                    return writer;
                };

                /**
                 * Decodes a BondRefund message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.BondRefund
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.BondRefund} BondRefund
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BondRefund.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.BondRefund();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.completionHeight = reader.int64();
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
                 * Gets the default type url for BondRefund
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.BondRefund
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BondRefund.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.BondRefund";
                };

                return BondRefund;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.rewards.v1
                 * @interface IParams
                 * @property {number|Long|null} [epochBlocks] Params epochBlocks
                 * @property {number|Long|null} [proofWindowBlocks] Params proofWindowBlocks
                 * @property {number|null} [challengesPerEpoch] Params challengesPerEpoch
                 * @property {cosmos.base.v1beta1.ICoin|null} [minBond] Params minBond
                 * @property {string|null} [bondPerByte] Params bondPerByte
                 * @property {number|null} [inflationShareBps] Params inflationShareBps
                 * @property {number|null} [datanetFeeShareBps] Params datanetFeeShareBps
                 * @property {number|null} [maxMissedPerEpoch] Params maxMissedPerEpoch
                 * @property {number|null} [slashFractionBps] Params slashFractionBps
                 * @property {number|Long|null} [jailEpochs] Params jailEpochs
                 * @property {number|Long|null} [unbondingBlocks] Params unbondingBlocks
                 * @property {number|null} [maxDatanetsPerNode] Params maxDatanetsPerNode
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.rewards.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params epochBlocks.
                 * @member {number|Long} epochBlocks
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.epochBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params proofWindowBlocks.
                 * @member {number|Long} proofWindowBlocks
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.proofWindowBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params challengesPerEpoch.
                 * @member {number} challengesPerEpoch
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.challengesPerEpoch = 0;

                /**
                 * Params minBond.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} minBond
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.minBond = null;

                /**
                 * Params bondPerByte.
                 * @member {string} bondPerByte
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.bondPerByte = "";

                /**
                 * Params inflationShareBps.
                 * @member {number} inflationShareBps
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.inflationShareBps = 0;

                /**
                 * Params datanetFeeShareBps.
                 * @member {number} datanetFeeShareBps
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.datanetFeeShareBps = 0;

                /**
                 * Params maxMissedPerEpoch.
                 * @member {number} maxMissedPerEpoch
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.maxMissedPerEpoch = 0;

                /**
                 * Params slashFractionBps.
                 * @member {number} slashFractionBps
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.slashFractionBps = 0;

                /**
                 * Params jailEpochs.
                 * @member {number|Long} jailEpochs
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.jailEpochs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params unbondingBlocks.
                 * @member {number|Long} unbondingBlocks
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.unbondingBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxDatanetsPerNode.
                 * @member {number} maxDatanetsPerNode
                 * @memberof tributary.rewards.v1.Params
                 * @instance
                 */
                Params.prototype.maxDatanetsPerNode = 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.rewards.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.Params
                 * @static
                 * @param {tributary.rewards.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.epochBlocks != null && Object.hasOwnProperty.call(message, "epochBlocks"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epochBlocks);
                    if (message.proofWindowBlocks != null && Object.hasOwnProperty.call(message, "proofWindowBlocks"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.proofWindowBlocks);
                    if (message.challengesPerEpoch != null && Object.hasOwnProperty.call(message, "challengesPerEpoch"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.challengesPerEpoch);
                    if (message.minBond != null && Object.hasOwnProperty.call(message, "minBond"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.minBond, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.bondPerByte != null && Object.hasOwnProperty.call(message, "bondPerByte"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.bondPerByte);
                    if (message.inflationShareBps != null && Object.hasOwnProperty.call(message, "inflationShareBps"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.inflationShareBps);
                    if (message.datanetFeeShareBps != null && Object.hasOwnProperty.call(message, "datanetFeeShareBps"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.datanetFeeShareBps);
                    if (message.maxMissedPerEpoch != null && Object.hasOwnProperty.call(message, "maxMissedPerEpoch"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxMissedPerEpoch);
                    if (message.slashFractionBps != null && Object.hasOwnProperty.call(message, "slashFractionBps"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.slashFractionBps);
                    if (message.jailEpochs != null && Object.hasOwnProperty.call(message, "jailEpochs"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.jailEpochs);
                    if (message.unbondingBlocks != null && Object.hasOwnProperty.call(message, "unbondingBlocks"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.unbondingBlocks);
                    if (message.maxDatanetsPerNode != null && Object.hasOwnProperty.call(message, "maxDatanetsPerNode"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxDatanetsPerNode);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.rewards.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.epochBlocks = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.proofWindowBlocks = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.challengesPerEpoch = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.minBond = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.bondPerByte = reader.string();
                                break;
                            }
                        case 6: {
                                message.inflationShareBps = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.datanetFeeShareBps = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.maxMissedPerEpoch = reader.uint32();
                                break;
                            }
                        case 9: {
                                message.slashFractionBps = reader.uint32();
                                break;
                            }
                        case 10: {
                                message.jailEpochs = reader.uint64();
                                break;
                            }
                        case 11: {
                                message.unbondingBlocks = reader.uint64();
                                break;
                            }
                        case 12: {
                                message.maxDatanetsPerNode = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.Params";
                };

                return Params;
            })();

            return v1;
        })();

        return rewards;
    })();

    return tributary;
})();

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.base = (function() {

        /**
         * Namespace base.
         * @memberof cosmos
         * @namespace
         */
        const base = {};

        base.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof cosmos.base
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Coin = (function() {

                /**
                 * Properties of a Coin.
                 * @memberof cosmos.base.v1beta1
                 * @interface ICoin
                 * @property {string|null} [denom] Coin denom
                 * @property {string|null} [amount] Coin amount
                 */

                /**
                 * Constructs a new Coin.
                 * @memberof cosmos.base.v1beta1
                 * @classdesc Represents a Coin.
                 * @implements ICoin
                 * @constructor
                 * @param {cosmos.base.v1beta1.ICoin=} [properties] Properties to set
                 */
                function Coin(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Coin denom.
                 * @member {string} denom
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.denom = "";

                /**
                 * Coin amount.
                 * @member {string} amount
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.amount = "";

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.ICoin} message Coin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Coin.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.denom != null && Object.hasOwnProperty.call(message, "denom"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Coin.decode = function decode(reader, length, error, long) {
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
                    message = new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.denom = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
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
                 * Gets the default type url for Coin
                 * @function getTypeUrl
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Coin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        return base;
    })();

    return cosmos;
})();

export { $root as default };
